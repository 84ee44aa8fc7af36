export function parseJson<T>(text: string | null | undefined, fallback: T): T {
  if (text === null || text === undefined || text === "") return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export const bool = (n: number | boolean | null | undefined): boolean => n === 1 || n === true;
export const int = (b: boolean | undefined | null): number => (b ? 1 : 0);
