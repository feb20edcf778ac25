export function satisfies(version: string, range: string): boolean;
export function requiredNode(): string;
export function nodeVersionProblem(version?: string, range?: string): string | null;
