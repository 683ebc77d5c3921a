import type { EventType } from '../api/types.ts';

/**
 * One colour per event type, by family: remote violence in reds, battles in oranges, violence
 * against civilians in purples, strategic developments in blues, protest green, political in teals.
 */
export const TYPE_COLORS: Record<EventType, string> = {
  air_strike: '#d7301f', drone_strike: '#f16913', missile_strike: '#a50f15', shelling: '#fb6a4a', bombing: '#cb181d',
  suicide_bombing: '#67000d', chemical_attack: '#7a0177', armed_clash: '#e6850e', territory_change: '#b35806',
  attack_on_civilians: '#6a3d9a', abduction: '#8c6bb1', assassination: '#3f007d', arrest: '#9e9ac8',
  interception: '#2171b5', base_established: '#6baed6', military_exercise: '#08519c', deployment: '#4292c6',
  property_destruction: '#525252', protest: '#238b45', consult: '#1b9e77', agree: '#66c2a4', request: '#41ae76',
  appeal: '#006d2c', accuse: '#01665e', reject: '#35978f', threaten: '#80cdc1', support: '#5ab4ac', aid: '#99d8c9',
  sanction: '#003c30', statement: '#737373',
};

export const OTHER_COLOR = '#737373';

export const colorOf = (type: string): string => TYPE_COLORS[type as EventType] ?? OTHER_COLOR;

/** A MapLibre `match` expression giving each feature the colour of its `type`. */
export function typeColorExpression(): unknown[] {
  return ['match', ['get', 'type'], ...Object.entries(TYPE_COLORS).flat(), OTHER_COLOR];
}
