import type { LitElement } from 'lit';
import { adoptStyles } from './adopt-styles.js';
import { AnatomyController } from './anatomy-controller.js';
import { bodyStyles } from './body-styles.js';
import { CameraController } from './camera-controller.js';
import { DepthController } from './depth-controller.js';
import { HotspotController } from './hotspot-controller.js';
import { OverlayController } from './overlay-controller.js';
import { PlanFramingLoader } from './plan-framing-loader.js';
import { QuizController } from './quiz-controller.js';
import type { MapStore } from './store.js';

/**
 * The element's controllers that only have a use once there is a body (marker buttons,
 * camera, drawings on the body, anatomy, depth view, quiz), made when the 3D stage arrives:
 * they and the code that makes them stay out of the first stage. The element keeps the
 * ones whose rendering or methods it uses; the plan framing it never calls.
 */
export function attachBodyControllers(host: LitElement, store: MapStore) {
  // Before their first render: the markers, quiz bar, legend and ruler caption are styled.
  adoptStyles(host, bodyStyles);
  const controllers = {
    hotspots: new HotspotController(host, store),
    camera: new CameraController(host, store),
    overlays: new OverlayController(host, store),
    anatomy: new AnatomyController(host, store),
    depth: new DepthController(host, store),
    quiz: new QuizController(host, store),
  };
  // Frames a chosen protocol's points in what its card leaves free (fetched with the first protocol).
  new PlanFramingLoader(host, store);
  return controllers;
}

export type BodyControllers = ReturnType<typeof attachBodyControllers>;
