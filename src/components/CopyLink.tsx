import { CopyButton } from './CopyButton.tsx';

/** "Copy link to this passage": the clipboard when allowed, otherwise a visible, selected link field. */
export function CopyLink({ url }: { url: string }) {
  return (
    <CopyButton
      label="Copy link to this passage"
      text={url}
      copied="Link copied."
      manualLabel="Copy this link"
    />
  );
}
