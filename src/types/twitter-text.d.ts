declare module "twitter-text" {
  const twitter: {
    extractUrlsWithIndices(text: string, opts?: { extractUrlsWithoutProtocol?: boolean }): { url: string; indices: [number, number] }[];
  };
  export default twitter;
}
