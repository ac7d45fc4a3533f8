import { compileLabels } from '@/engine/labels';
import type { LabelTable } from '@/engine/types';
import en from './en';

/** Every language's table; a page is matched against all of them, whatever its language. */
export const labelTables: Record<string, LabelTable> = { en };

export const labels = compileLabels(Object.values(labelTables));
