/**
 * The kinds of structure in the anatomy model, as the legend lists them and the 3D layer
 * colours them (atlas conventions: ivory bone, yellow nerve, red artery, blue vein). The
 * names match the group nodes of models/anatomy.glb.
 */
export interface AnatomyGroup {
  id: 'bone' | 'cartilage' | 'organ' | 'nerve' | 'artery' | 'vein';
  label: string;
  /** CSS colour (sRGB hex). */
  color: string;
  /** What the model holds of this kind, for the legend's description. */
  holds: string;
}

export const ANATOMY_GROUPS: readonly AnatomyGroup[] = [
  { id: 'bone', label: 'Bone', color: '#ede3cc', holds: 'T10 to L5, sacrum, coccyx, pelvis, femur, patella, tibia, fibula, foot, scapula, ribs 9 to 12' },
  { id: 'cartilage', label: 'Disc', color: '#b3cddb', holds: 'intervertebral discs' },
  { id: 'organ', label: 'Kidney', color: '#9e4538', holds: 'kidneys' },
  { id: 'nerve', label: 'Nerve', color: '#f4c53a', holds: 'sciatic, tibial and common fibular nerves' },
  { id: 'artery', label: 'Artery', color: '#d12a24', holds: 'popliteal artery' },
  { id: 'vein', label: 'Vein', color: '#3a5ac0', holds: 'popliteal vein' },
];
