import swc from 'unplugin-swc';

// esbuild/oxc drop decorator metadata; NestJS DI, GraphQL code-first and TypeORM need it, so
// every server-side transform (build and Vitest) goes through SWC with legacy decorators.
export function swcDecorators() {
  return swc.vite({
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2023',
      keepClassNames: true,
    },
    module: { type: 'es6' },
  });
}
