import { BufferGeometry, Color, DoubleSide, Float32BufferAttribute, Mesh, ShaderMaterial, Vector2, Vector4 } from 'three';
import type { Vec3 } from '../catalogue/types.js';

/** One polyline to draw: model-space points, a CSS colour and a width in CSS pixels. */
export interface ScreenLine {
  points: readonly Vec3[];
  color: string;
  width: number;
}

/**
 * Lines of constant on-screen width over the skin (channels, cun rulers). WebGL draws
 * GL lines one pixel wide, and a ribbon of fixed model-space width is a hairline in the
 * full view and a band when zoomed in; so each segment becomes a quad whose corners the
 * vertex shader pushes apart in screen space. The lines are depth-tested against the body
 * (hidden where the skin turns away) but write no depth, so later lines (a dark ruler over
 * its white halo) draw over earlier ones in list order.
 */
const vertexShader = /* glsl */ `
  uniform vec2 halfViewport;
  uniform float pixelRatio;
  attribute vec3 other;
  attribute float side;
  attribute float width;
  attribute vec3 color;
  varying vec3 vColor;
  void main() {
    vColor = color;
    vec4 here = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
    vec4 there = projectionMatrix * modelViewMatrix * vec4(other, 1.0);
    vec2 a = here.xy / here.w * halfViewport;
    vec2 b = there.xy / there.w * halfViewport;
    vec2 along = b - a;
    along = length(along) > 1e-4 ? normalize(along) : vec2(1.0, 0.0);
    vec2 offset = vec2(-along.y, along.x) * side * width * pixelRatio * 0.5;
    here.xy += offset / halfViewport * here.w;
    gl_Position = here;
  }
`;

const fragmentShader = /* glsl */ `
  varying vec3 vColor;
  void main() {
    gl_FragColor = vec4(vColor, 1.0);
    #include <colorspace_fragment>
  }
`;

const viewport = new Vector4();

export function createScreenLines(lines: readonly ScreenLine[]): Mesh {
  const position: number[] = [];
  const other: number[] = [];
  const side: number[] = [];
  const width: number[] = [];
  const color: number[] = [];
  const index: number[] = [];
  const rgb = new Color();
  for (const line of lines) {
    const points = line.points;
    if (points.length < 2) continue;
    rgb.set(line.color);
    const first = position.length / 3;
    points.forEach((p, i) => {
      // Each vertex looks at its next point; the last looks back, with its sides swapped.
      const last = i === points.length - 1;
      const o = last ? points[i - 1] : points[i + 1];
      for (const s of [1, -1]) {
        position.push(p.x, p.y, p.z);
        other.push(o.x, o.y, o.z);
        side.push(last ? -s : s);
        width.push(line.width);
        color.push(rgb.r, rgb.g, rgb.b);
      }
      if (!last) {
        const v = first + i * 2;
        index.push(v, v + 1, v + 2, v + 1, v + 3, v + 2);
      }
    });
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(position, 3));
  geometry.setAttribute('other', new Float32BufferAttribute(other, 3));
  geometry.setAttribute('side', new Float32BufferAttribute(side, 1));
  geometry.setAttribute('width', new Float32BufferAttribute(width, 1));
  geometry.setAttribute('color', new Float32BufferAttribute(color, 3));
  geometry.setIndex(index);
  const material = new ShaderMaterial({
    vertexShader,
    fragmentShader,
    uniforms: { halfViewport: { value: new Vector2(1, 1) }, pixelRatio: { value: 1 } },
    depthWrite: false,
    // Quads turn to face either way as the camera orbits.
    side: DoubleSide,
  });
  const mesh = new Mesh(geometry, material);
  // The ribbons are widened in the shader, so the geometry's own bounds undercount them.
  mesh.frustumCulled = false;
  mesh.renderOrder = 1;
  mesh.onBeforeRender = (renderer) => {
    renderer.getCurrentViewport(viewport);
    material.uniforms.halfViewport.value.set(viewport.z / 2, viewport.w / 2);
    // The shared renderer draws in device pixels (pixel ratio 1, buffer sized by the view).
    material.uniforms.pixelRatio.value = Math.min(globalThis.devicePixelRatio || 1, 2);
  };
  return mesh;
}
