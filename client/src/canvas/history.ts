// Undo and redo for canvas steps: each step records how to reverse itself and how to do it again.
// Only the last steps are kept; a new step drops what was undone (the redo list), as editors do.
export interface Step {
  label: string;
  undo: () => void;
  redo: () => void;
  /**
   * Steps of one gesture (a year slider dragged or stepped by its keys) share a key: one pushed
   * within MERGE_MS of the last with the same key joins it, so one Undo takes the gesture back.
   */
  merge?: string;
}

const MERGE_MS = 1500;

export class History {
  private steps: Step[] = [];
  private undone: Step[] = [];
  constructor(
    private readonly onChange: (last: Step | undefined, next: Step | undefined) => void,
    private readonly limit = 50,
  ) {}

  private lastAt = 0;

  push(step: Step): void {
    const last = this.steps.at(-1);
    const now = Date.now();
    const joins = !!step.merge && last?.merge === step.merge && !this.undone.length && now - this.lastAt < MERGE_MS;
    this.lastAt = now;
    if (joins) {
      this.steps[this.steps.length - 1] = { ...step, undo: last.undo };
      return this.changed();
    }
    this.steps.push(step);
    this.undone = [];
    if (this.steps.length > this.limit) this.steps.shift();
    this.changed();
  }

  undo(): Step | undefined {
    const step = this.steps.pop();
    step?.undo();
    if (step) this.undone.push(step);
    this.changed();
    return step;
  }

  redo(): Step | undefined {
    const step = this.undone.pop();
    step?.redo();
    if (step) this.steps.push(step);
    this.changed();
    return step;
  }

  clear(): void {
    this.steps = [];
    this.undone = [];
    this.changed();
  }

  get size(): number {
    return this.steps.length;
  }

  private changed(): void {
    this.onChange(this.steps.at(-1), this.undone.at(-1));
  }
}
