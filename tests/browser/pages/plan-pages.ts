/** Page objects for discussion plans: the editor (`/plans/<id>`) and a plan opened from its link (`/plan?p=…`). */
import type { Locator, Page } from 'playwright-core';

/** The plans list and one plan's editor, as a teacher uses them. */
export class PlanEditorPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** Opens `/plans` and starts a new plan with the mouse; resolves in its editor. */
  async startNewPlan(): Promise<this> {
    await this.page.goto(`${this.baseUrl}/plans`);
    await this.page.getByRole('button', { name: 'New plan' }).click();
    await this.nameField().waitFor();
    return this;
  }

  nameField(): Locator {
    return this.page.getByRole('textbox', { name: 'Plan name' });
  }

  /** Names the plan by typing, as a person does (select what is there, type, Enter). */
  async rename(name: string): Promise<void> {
    await this.nameField().click({ clickCount: 3 });
    await this.page.keyboard.type(name);
    await this.page.keyboard.press('Enter');
  }

  picker(): Locator {
    return this.page.getByRole('region', { name: 'Add an argument' });
  }

  /** Types `words` into the picker and clicks the first match's Add; returns that argument's statement. */
  async addFirstMatch(words: string): Promise<string> {
    const search = this.picker().getByRole('searchbox', { name: 'Words of its statement' });
    await search.click({ clickCount: 3 });
    await this.page.keyboard.type(words);
    const first = this.picker()
      .getByRole('list', { name: 'Matching arguments' })
      .getByRole('listitem')
      .first();
    const statement = (await first.locator('.plan-picker__statement').innerText()).trim();
    const before = await this.steps().count();
    await first.getByRole('button').click();
    await this.page.waitForFunction((n) => document.querySelectorAll('.plan-step').length === n, before + 1);
    return statement;
  }

  steps(): Locator {
    return this.page.locator('.plan-step');
  }

  /** Each step's one-line title, in order (type chip label left out). */
  async stepTitles(): Promise<string[]> {
    return this.steps()
      .locator('.plan-step__title')
      .evaluateAll((els) => els.map((el) => (el.lastChild?.textContent ?? '').trim()));
  }

  prompt(step: number): Locator {
    return this.page.getByRole('textbox', { name: /^Prompt for the class/ }).nth(step - 1);
  }

  moveUp(step: number): Locator {
    return this.page.getByRole('button', { name: `Move up: step ${step}` });
  }
}

/** A plan opened from its link: the students' view, its print, and its presentation. */
export class SharedPlanPage {
  constructor(readonly page: Page) {}

  /** Opens the link and waits for the plan's name. */
  async open(link: string): Promise<this> {
    await this.page.goto(link);
    await this.page.getByRole('heading', { level: 1 }).waitFor();
    return this;
  }

  name(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  steps(): Locator {
    return this.page.locator('.plan-view__step');
  }

  /** Each step's argument statement, in order. */
  async statements(): Promise<string[]> {
    return this.steps().locator('.plan-slide__statement').allInnerTexts();
  }

  /** Resolves when every step's quotes have arrived (articles load on demand). */
  async settled(): Promise<void> {
    await this.page.waitForFunction(
      () => document.querySelectorAll('.plan-view__step .plan-slide__loading, .focus-loading').length === 0,
    );
  }

  presentationBar(): Locator {
    return this.page.getByRole('navigation', { name: 'Presentation' });
  }

  async step(): Promise<string> {
    return (await this.presentationBar().locator('.presentation__step').innerText()).trim();
  }

  /** Rendered size (CSS px) of the first quote's text in presentation. */
  async quoteFontSize(): Promise<number> {
    return this.page
      .locator('.presentation blockquote p')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  }
}
