import { expect } from '@esm-bundle/chai';
it('has webgl', () => {
  const c = document.createElement('canvas');
  const gl = c.getContext('webgl2');
  expect(gl).to.not.equal(null);
  console.log(gl!.getParameter(gl!.RENDERER));
});
