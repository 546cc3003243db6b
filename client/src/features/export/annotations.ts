// What can be added around an exported picture: title, caption, legend, numbered sources.
export interface Annotations {
  title?: string;
  caption?: string;
  legend: boolean;
  sources: boolean;
}
