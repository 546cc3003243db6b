// Undo for canvas steps: each step records how to reverse itself. Only the last steps are kept.
export interface Step {
  label: string;
  undo: () => void;
}

export class History {
  private steps: Step[] = [];
  constructor(
    private readonly onChange: (last: Step | undefined) => void,
    private readonly limit = 50,
  ) {}

  push(step: Step): void {
    this.steps.push(step);
    if (this.steps.length > this.limit) this.steps.shift();
    this.onChange(step);
  }

  undo(): Step | undefined {
    const step = this.steps.pop();
    step?.undo();
    this.onChange(this.steps.at(-1));
    return step;
  }

  clear(): void {
    this.steps = [];
    this.onChange(undefined);
  }

  get size(): number {
    return this.steps.length;
  }
}
