import { describe, expect, it } from 'vitest';
import {
  classLinks,
  cleanStudentName,
  parseRoom,
  roomAccess,
  rosterRoom,
  stageRoom,
  studentRoom,
  type ClassClaims,
} from './class-room.ts';

const open = { sharing: true, joining: true };
const closed = { sharing: false, joining: true };

describe('class rooms', () => {
  it('round-trips room names and rejects others', () => {
    expect(parseRoom(studentRoom('c1', 's1'))).toEqual({ class: 'c1', kind: 'student', student: 's1' });
    expect(parseRoom(stageRoom('c1'))).toEqual({ class: 'c1', kind: 'stage' });
    expect(parseRoom(rosterRoom('c1'))).toEqual({ class: 'c1', kind: 'roster' });
    for (const bad of [
      'c1/stage',
      'class/C1/stage',
      'class/c1/student',
      'class/c1/stage/x',
      'class//stage',
    ]) {
      expect(parseRoom(bad)).toBeUndefined();
    }
  });

  it('gives each role its rights', () => {
    const teacher: ClassClaims = { class: 'c1', role: 'teacher', exp: 0 };
    const ana: ClassClaims = { class: 'c1', role: 'student', student: 'ana', exp: 0 };
    const anaRoom = parseRoom(studentRoom('c1', 'ana'))!;
    const benRoom = parseRoom(studentRoom('c1', 'ben'))!;
    const stage = parseRoom(stageRoom('c1'))!;
    const otherStage = parseRoom(stageRoom('c2'))!;
    expect(roomAccess(teacher, stage, closed)).toBe('write');
    expect(roomAccess(teacher, benRoom, closed)).toBe('read');
    expect(roomAccess(teacher, otherStage, open)).toBe('none');
    expect(roomAccess(ana, anaRoom, closed)).toBe('write');
    expect(roomAccess(ana, benRoom, closed)).toBe('none');
    expect(roomAccess(ana, benRoom, open)).toBe('read');
    expect(roomAccess(ana, stage, open)).toBe('read');
    expect(roomAccess(ana, parseRoom(rosterRoom('c1'))!, open)).toBe('read');
    expect(roomAccess(ana, otherStage, open)).toBe('none');
  });

  it('cleans names and builds links with the secrets in the fragment', () => {
    expect(cleanStudentName('  Ana   María ')).toBe('Ana María');
    expect(cleanStudentName('   ')).toBeUndefined();
    expect(cleanStudentName('x'.repeat(61))).toBeUndefined();
    const links = classLinks(
      { app: 'http://h:4173/', server: 'ws://h:1234' },
      { teacher: 't.s', join: 'j.s' },
    );
    expect(links.teacher).toBe('http://h:4173/class#server=ws%3A%2F%2Fh%3A1234&token=t.s');
    expect(links.join).toBe('http://h:4173/class#server=ws%3A%2F%2Fh%3A1234&join=j.s');
  });
});
