import { PROGRESS_NOTICES } from '../i18n/progress';
import { levelOf } from '../mastery/level';
import type { Progress } from '../progress/store';
import { loadProgress, onEvidenceChange, onProgressChange, progressNotice, type ProgressView } from './progress-state';

/**
 * The roadmap's behaviour: highlight a topic's prerequisites (all of them, transitively) and what it
 * unlocks when it is hovered or focused; colour nodes by the learner's progress; zoom the SVG.
 * The map itself is static SVG and works without this script.
 */
export function initRoadmap(): void {
	const root = document.querySelector<HTMLElement>('[data-roadmap]');
	if (!root) return;
	const svg = root.querySelector<SVGSVGElement>('svg.roadmap-svg')!;
	const nodes = [...root.querySelectorAll<SVGAElement>('a.rm-node')];
	const edges = [...root.querySelectorAll<SVGPolylineElement>('polyline[data-from]')];
	const prereqs = new Map<string, string[]>();
	const unlocks = new Map<string, string[]>();
	for (const e of edges) {
		const { from, to } = e.dataset as { from: string; to: string };
		prereqs.set(to, [...(prereqs.get(to) ?? []), from]);
		unlocks.set(from, [...(unlocks.get(from) ?? []), to]);
	}

	const ancestors = (id: string) => {
		const seen = new Set<string>();
		const stack = [id];
		while (stack.length) for (const p of prereqs.get(stack.pop()!) ?? []) if (!seen.has(p)) seen.add(p), stack.push(p);
		return seen;
	};

	const highlight = (id: string | undefined) => {
		root.classList.toggle('rm-focus', id !== undefined);
		const before = id ? ancestors(id) : new Set<string>();
		const after = new Set(id ? unlocks.get(id) ?? [] : []);
		for (const n of nodes) {
			const nid = n.dataset.id!;
			n.classList.toggle('rm-current', nid === id);
			n.classList.toggle('rm-before', before.has(nid));
			n.classList.toggle('rm-after', after.has(nid));
		}
		for (const e of edges) {
			const { from, to } = e.dataset as { from: string; to: string };
			e.classList.toggle('rm-lit', !!id && ((before.has(from) && (before.has(to) || to === id)) || (from === id && after.has(to))));
		}
	};
	for (const n of nodes) {
		n.addEventListener('mouseenter', () => highlight(n.dataset.id));
		n.addEventListener('focus', () => highlight(n.dataset.id));
		n.addEventListener('mouseleave', () => highlight(undefined));
		n.addEventListener('blur', () => highlight(undefined));
	}

	const paint = (progress: Progress) => {
		for (const el of root.querySelectorAll<HTMLElement | SVGElement>('[data-id]')) {
			const state = progress[el.dataset.id!];
			for (const s of ['known', 'learning', 'skipped']) el.classList.toggle(`state-${s}`, state === s);
		}
	};
	// What the answers show, beside the self-marks: confident and mastered topics are outlined.
	const paintMastery = ({ evidence }: ProgressView) => {
		for (const el of root.querySelectorAll<HTMLElement | SVGElement>('[data-id]')) {
			const id = el.dataset.id!;
			const level = evidence.answers[id] ? levelOf(evidence.answers[id]!, evidence.reviews[id]) : 'none';
			for (const l of ['confident', 'mastered']) el.classList.toggle(`mastery-${l}`, level === l);
			// What the placement test found, shown only where the reader has no mark of their own.
			el.classList.toggle('placed', !!evidence.placed[id] && !loadProgress().progress[id]);
		}
	};
	const view = loadProgress();
	paint(view.progress);
	paintMastery(view);
	onEvidenceChange(paintMastery);
	// The same notice as topic pages and the path: newer, damaged or unsaved progress is never silent.
	const notice = root.querySelector<HTMLElement>('.roadmap-notice');
	if (notice) {
		notice.textContent = progressNotice(view, PROGRESS_NOTICES[root.dataset.lang === 'en' ? 'en' : 'ru']);
		notice.hidden = notice.textContent === '';
	}
	onProgressChange(paint);

	// Toggles that highlight the reader's progress or the short route (the styles are in roadmap.css).
	for (const box of root.querySelectorAll<HTMLInputElement>('input[data-highlight]')) {
		const apply = () => root.classList.toggle(`rm-show-${box.dataset.highlight}`, box.checked);
		box.addEventListener('change', apply);
		apply();
	}

	// On a phone the text view comes first and the drawing opens on request (roadmap.css hides it
	// only where scripts run, so without JavaScript the drawing is always there).
	const drawingToggle = root.querySelector<HTMLButtonElement>('.roadmap-drawing-toggle')!;
	drawingToggle.addEventListener('click', () => {
		const open = !root.classList.contains('rm-drawing-open');
		root.classList.toggle('rm-drawing-open', open);
		drawingToggle.setAttribute('aria-expanded', String(open));
		// Opened on a phone at its natural size: start at the top of the map, centred, where it begins.
		const scroller = root.querySelector<HTMLElement>('.roadmap-scroll')!;
		if (open) scroller.scrollLeft = (scroller.scrollWidth - scroller.clientWidth) / 2;
	});

	// The drawing fits the page by default (CSS: width 100 %, never wider than its natural size); zoom
	// sets an explicit width and the scroll container pans, which works with touch too.
	const natural = svg.viewBox.baseVal.width;
	let scale: number | undefined;
	const shown = () => svg.getBoundingClientRect().width / natural;
	const value = root.querySelector('[data-zoom-value]')!;
	const apply = () => {
		svg.style.width = scale === undefined ? '' : `${Math.round(natural * scale)}px`;
		svg.style.maxWidth = scale === undefined ? '' : 'none';
		value.textContent = `${Math.round(shown() * 100)}%`;
	};
	const toolbar = root.querySelector<HTMLElement>('.roadmap-toolbar')!;
	toolbar.dataset.ready = '';
	new ResizeObserver(() => (value.textContent = `${Math.round(shown() * 100)}%`)).observe(svg);
	toolbar.addEventListener('click', (event) => {
		const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-zoom]');
		if (!button) return;
		const kind = button.dataset.zoom;
		const now = shown() || 1;
		scale = kind === 'in' ? Math.min(2, now * 1.25) : kind === 'out' ? Math.max(0.3, now / 1.25) : undefined;
		apply();
	});
}
