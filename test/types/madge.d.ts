/** The part of madge's API the hygiene test uses (madge ships no type declarations). */
declare module 'madge' {
  interface MadgeConfig {
    readonly fileExtensions?: readonly string[];
    readonly tsConfig?: string;
  }
  interface MadgeResult {
    /** Each import cycle as the list of files along it. */
    circular(): string[][];
  }
  export default function madge(path: string | readonly string[], config?: MadgeConfig): Promise<MadgeResult>;
}
