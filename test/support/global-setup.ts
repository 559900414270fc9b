/** Once before all test files: build the page, which the browser tests and the CDK stack both use. */
export default async function setup(): Promise<void> {
  await import('../../web/build.ts');
}
