import { fromClientGraph } from '../graph/client-graph';
import { planPath, routeHours, targetTopics, type Route, type Target } from '../graph/plan';
import { DEFAULT_TARGET, routeFromParam, targetFromParam, targetToParam } from '../graph/targets';
import { needsConfirmation, planImport, type ImportPlan } from '../progress/import';
import { progressFromFile, progressFromParams, progressToFile, progressToParams } from '../progress/share';
import { knownOnly, STATES, type Evidence, type Progress, type TopicState } from '../progress/store';
import { MASTERY_UI } from '../i18n/mastery';
import { PATH_SCRIPT_UI } from '../i18n/roadmap';
import { readGraphData } from './graph-data';
import { dayOf, dueTopics } from '../mastery/review';
import { levelOf } from '../mastery/level';
import { localize } from '../numbers/write';
import { hasImportToUndo, importProgress, loadProgress, onEvidenceChange, setTopicState, undoLastImport, unreadableCopy, progressNotice } from './progress-state';

/**
 * The path page's behaviour. The URL carries the target (`?to=track:internals`), the route when it is
 * the short one (`&route=short`) and, when shared,
 * someone's progress (`#known=a,b&learning=c`): the page then shows THEIR plan and offers to load
 * the marks. Every value from the URL goes through the strict parsers; the DOM is built with
 * textContent only. An import that changes or removes a mark shows the change and waits for a
 * confirmation; the last import can be undone (src/progress/import.ts).
 */
export function initPathPlanner(): void {
	const root = document.querySelector<HTMLElement>('[data-path-planner]');
	const data = readGraphData();
	if (!root || !data) return;
	const graph = fromClientGraph(data);
	const ids = new Set(graph.order);
	const lang = root.dataset.lang === 'en' ? 'en' : 'ru';
	const $ = <T extends Element>(s: string) => root.querySelector<T>(s)!;
	const select = $<HTMLSelectElement>('select[name="to"]');
	const routeSelect = $<HTMLSelectElement>('select[name="route"]');
	const routeHint = $<HTMLElement>('.path-route-hint');
	const notice = $<HTMLElement>('.path-notice');
	const summaryTemplate = $<HTMLElement>('.path-summary');
	const list = $<HTMLOListElement>('.path-steps');
	const bar = $<HTMLProgressElement>('.path-progress progress');
	const barLabel = $<HTMLElement>('.path-progress-label');
	const shareUrl = $<HTMLInputElement>('.path-share-url');
	const linkBanner = $<HTMLElement>('.path-import-link');
	const strings = PATH_SCRIPT_UI[root.dataset.lang === 'en' ? 'en' : 'ru'];

	const preview = $<HTMLElement>('.path-import-preview');
	const undoButton = $<HTMLButtonElement>('[data-action="undo-import"]');
	const importInput = $<HTMLInputElement>('input[type="file"][data-action="import"]');

	const url = new URL(window.location.href);
	let target: Target = targetFromParam(url.searchParams.get('to'), graph) ?? DEFAULT_TARGET;
	let route: Route = routeFromParam(url.searchParams.get('route'));
	let own = loadProgress();
	const fromLink = url.hash.length > 1 ? progressFromParams(new URLSearchParams(url.hash.slice(1))) : undefined;
	const linked = fromLink && knownOnly(fromLink.progress, ids);
	// What the sharer had shown (answers, reviews, placements) comes with their marks and is offered with them.
	const linkedEvidence = fromLink?.evidence;
	const linkedShown = !!linkedEvidence && [linkedEvidence.answers, linkedEvidence.reviews, linkedEvidence.placed].some((e) => Object.keys(e).some((id) => ids.has(id)));
	const hasLinked = !!linked && (Object.keys(linked).length > 0 || linkedShown);
	// Views show the topics of this build only; unknown ids stay in storage untouched.
	let progress: Progress = hasLinked ? linked : knownOnly(own.progress, ids);
	linkBanner.hidden = !hasLinked || own.readOnly;
	let pending: ImportPlan | undefined;

	const say = (text: string) => {
		notice.textContent = text;
		notice.hidden = text === '';
	};
	say(url.hash.length > 1 && !hasLinked && /(?:^#|&)(?:known|learning|skipped)=/.test(url.hash) ? strings.importLinkEmpty : progressNotice(own, strings));
	importInput.disabled = own.readOnly;
	undoButton.hidden = own.readOnly || !hasImportToUndo();

	// How many topics are due for review today (src/mastery/review.ts), with a link to the review page.
	const reviews = $<HTMLElement>('.path-reviews');
	const showReviews = (view: typeof own) => {
		const now = Date.now();
		const known = Object.fromEntries(Object.entries(view.evidence.reviews).filter(([id]) => ids.has(id)));
		const due = dueTopics(known, dayOf(now, new Date(now).getTimezoneOffset())).length;
		reviews.querySelector('a')!.textContent = MASTERY_UI[lang].reviewsDue(due);
		reviews.hidden = due === 0;
	};
	showReviews(own);
	onEvidenceChange(showReviews);

	const title = (id: string) => data.topics[id]?.title ?? id;
	const showPreview = (plan: ImportPlan) => {
		pending = plan;
		const item = (id: string, state?: TopicState) => {
			const li = document.createElement('li');
			li.textContent = state ? `${title(id)}: ${strings.statesLegend[state]}` : title(id);
			return li;
		};
		const lists: Record<'added' | 'changed' | 'removed', HTMLLIElement[]> = {
			added: plan.added.map((id) => item(id, plan.next[id])),
			changed: plan.changed.map((id) => {
				const li = item(id);
				li.textContent += `: ${strings.statesLegend[own.progress[id]!]} → ${strings.statesLegend[plan.next[id]!]}`;
				return li;
			}),
			removed: plan.removed.map((id) => item(id, own.progress[id])),
		};
		for (const [kind, items] of Object.entries(lists)) {
			const block = preview.querySelector<HTMLElement>(`[data-list="${kind}"]`)!;
			block.querySelector('ul')!.replaceChildren(...items);
			block.hidden = items.length === 0;
		}
		preview.hidden = false;
		say('');
		preview.querySelector<HTMLButtonElement>('[data-action="import-confirm"]')!.focus();
	};
	const finishImport = (plan: ImportPlan) => {
		pending = undefined;
		preview.hidden = true;
		own = importProgress(plan);
		if (own.write === 'read-only') return say(strings.newerVersion);
		progress = knownOnly(own.progress, ids);
		linkBanner.hidden = true;
		undoButton.hidden = !hasImportToUndo();
		say(own.persistent ? strings.imported : strings.notSaved);
		render();
	};
	/** Plans an import; asks first when a mark would change or go. */
	const offerImport = (incoming: Progress, evidence?: Evidence) => {
		if (own.readOnly) return say(strings.newerVersion);
		// A file with answers but no marks (a reader who practised without marking) adds its answers and leaves the marks alone.
		const marks = Object.keys(incoming).length === 0 && evidence ? own.progress : incoming;
		const plan: ImportPlan = { ...planImport(own.progress, marks, ids), ...(evidence && { evidence }) };
		if (needsConfirmation(plan)) showPreview(plan);
		else finishImport(plan);
	};

	const render = () => {
		const goals = targetTopics(graph, target);
		const done = new Set(Object.keys(progress).filter((id) => progress[id] === 'known' || progress[id] === 'skipped'));
		// What the placement test found counts as known where the reader has no mark of their own
		// (not for someone else's shared marks, which come without it).
		if (progress !== linked) for (const id of Object.keys(own.evidence.placed)) if (!progress[id] && ids.has(id)) done.add(id);
		const full = planPath(graph, goals, new Set(), route);
		const steps = planPath(graph, goals, done, route);
		const hours = routeHours(graph, steps, route);
		const summary = route === 'short' ? strings.shortSteps : strings.steps;
		summaryTemplate.textContent = steps.length === 0 ? strings.allDone : summary(steps.length, hours);
		routeHint.hidden = route !== 'short';
		list.replaceChildren(
			...steps.map((id) => {
				const li = document.createElement('li');
				li.dataset.id = id;
				const a = document.createElement('a');
				a.href = data.topics[id]!.href;
				a.textContent = data.topics[id]!.title;
				const meta = document.createElement('span');
				meta.className = 'rm-hours';
				meta.textContent = ` ${strings.hours(routeHours(graph, [id], route))}`;
				li.append(a, meta);
				// Both states in words: the reader's own mark (a claim) and what their answers show (evidence);
				// someone else's shared marks come without answers, so the reader's own are not mixed in.
				const answers = progress === linked ? undefined : own.evidence.answers[id];
				const level = answers ? levelOf(answers, own.evidence.reviews[id]) : 'none';
				const tags: [string, string][] = [
					...(progress[id] === 'learning' ? [[strings.statesLegend.learning, 'path-tag state']] as [string, string][] : []),
					...(level === 'none' ? [] : [[MASTERY_UI[lang].masteryLegend[level], 'path-tag mastery']] as [string, string][]),
				];
				for (const [text, cls] of tags) {
					const span = document.createElement('span');
					span.className = cls;
					span.textContent = text;
					li.append(' ', span);
				}
				if (progress[id] === 'learning') li.classList.add('state-learning');
				if (level !== 'none') li.dataset.level = level;
				// The reader marks a step where they see it, with the topic page's three marks; not on someone else's plan.
				if (progress !== linked && !own.readOnly) {
					const marks = document.createElement('span');
					marks.className = 'path-marks';
					marks.setAttribute('role', 'group');
					marks.setAttribute('aria-label', strings.markLabel(data.topics[id]!.title));
					for (const state of STATES) {
						const b = document.createElement('button');
						b.type = 'button';
						b.dataset.mark = state;
						b.setAttribute('aria-pressed', String(progress[id] === state));
						b.textContent = strings.states[state];
						marks.append(b);
					}
					li.append(' ', marks);
				}
				return li;
			}),
		);
		// «Пропускаю» takes a topic off the path but is not progress: the bar counts what is known.
		const skipped = full.filter((id) => progress[id] === 'skipped').length;
		const known = full.filter((id) => done.has(id)).length - skipped;
		bar.value = full.length === 0 ? 1 : known / full.length;
		barLabel.textContent = strings.progressLabel(known, full.length, skipped);
		$<HTMLElement>('.path-progress').hidden = false;
		const share = new URL(window.location.pathname, window.location.origin);
		share.searchParams.set('to', targetToParam(target));
		if (route !== 'full') share.searchParams.set('route', route);
		// The reader's own progress is shared with what they have shown; someone else's marks are passed on as they came.
		share.hash = progressToParams(progress, progress === linked ? linkedEvidence : own.evidence).toString();
		shareUrl.value = share.toString();
		select.value = targetToParam(target);
		routeSelect.value = route;
	};
	const onChange = () => {
		target = targetFromParam(select.value, graph) ?? DEFAULT_TARGET;
		route = routeFromParam(routeSelect.value);
		const next = new URL(window.location.href);
		next.searchParams.set('to', targetToParam(target));
		if (route === 'full') next.searchParams.delete('route');
		else next.searchParams.set('route', route);
		history.replaceState(null, '', next);
		render();
	};
	// Saving the path for reading offline (src/offline/): only where the browser can keep pages.
	const offlineBox = $<HTMLElement>('.path-offline');
	offlineBox.hidden = !('caches' in window && 'serviceWorker' in navigator);
	offlineBox.querySelector('button')!.addEventListener('click', async () => {
		const status = $<HTMLElement>('.path-offline-status');
		// The steps the reader sees: the path to the goal without what they know.
		const hrefs = [...list.querySelectorAll<HTMLAnchorElement>('li[data-id] > a')].map((a) => a.href);
		// Loaded on request: most readers never save a path, and the page stays within its budget.
		const { savePages } = await import('../offline/keep');
		status.textContent = strings.savingOffline(0, hrefs.length);
		const saved = await savePages(hrefs, (done) => (status.textContent = strings.savingOffline(done, hrefs.length)));
		status.textContent = strings.savedOffline(saved.pages, localize((saved.bytes / 1_048_576).toFixed(1), lang), saved.failed);
		status.dataset.saved = String(saved.pages);
	});
	// Marking a step: the path redraws at once; the status line says what changed and can undo it.
	const markStatus = $<HTMLElement>('.path-mark-status');
	let undoMark: (() => void) | undefined;
	list.addEventListener('click', (event) => {
		const button = (event.target as Element).closest<HTMLButtonElement>('button[data-mark]');
		const id = button?.closest<HTMLElement>('li[data-id]')?.dataset.id;
		if (!button || !id || progress === linked) return;
		const before = progress[id];
		const state = button.dataset.mark as TopicState;
		const next = before === state ? undefined : state;
		own = setTopicState(id, next);
		if (own.write === 'read-only') return say(strings.newerVersion);
		progress = knownOnly(own.progress, ids);
		const title = data.topics[id]!.title;
		markStatus.querySelector('span')!.textContent = next ? strings.marked(title, strings.statesLegend[next]) : strings.unmarked(title);
		markStatus.hidden = false;
		undoMark = () => {
			own = setTopicState(id, before);
			progress = knownOnly(own.progress, ids);
			markStatus.hidden = true;
			render();
		};
		render();
		// A step marked «знаю» or «пропускаю» leaves the list: keep the keyboard where the reader can undo.
		const again = list.querySelector<HTMLButtonElement>(`li[data-id="${CSS.escape(id)}"] button[data-mark="${state}"]`);
		(again ?? markStatus.querySelector('button'))!.focus();
	});
	markStatus.querySelector('button')!.addEventListener('click', () => undoMark?.());
	select.addEventListener('change', onChange);
	routeSelect.addEventListener('change', onChange);
	root.addEventListener('click', async (event) => {
		const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
		if (action === 'copy') {
			shareUrl.select();
			try {
				await navigator.clipboard.writeText(shareUrl.value);
			} catch {
				document.execCommand?.('copy');
			}
			say(strings.copied);
		} else if (action === 'export') {
			const stored = loadProgress();
			const blob = new Blob([progressToFile(stored.progress, unreadableCopy(), stored.evidence)], { type: 'application/json' });
			const a = document.createElement('a');
			a.href = URL.createObjectURL(blob);
			a.download = 'nn-math-progress.json';
			a.click();
			URL.revokeObjectURL(a.href);
		} else if (action === 'apply-link' && hasLinked) {
			offerImport(linked!, linkedEvidence);
		} else if (action === 'import-confirm' && pending) {
			finishImport(pending);
		} else if (action === 'import-cancel') {
			pending = undefined;
			preview.hidden = true;
			say(strings.importCancelled);
		} else if (action === 'undo-import') {
			const view = undoLastImport();
			if (!view) return say(strings.notSaved);
			own = view;
			progress = knownOnly(own.progress, ids);
			undoButton.hidden = true;
			say(strings.importUndone);
			render();
		}
	});
	importInput.addEventListener('change', async () => {
		const file = importInput.files?.[0];
		if (!file) return;
		const text = await file.text();
		importInput.value = ''; // the same file can be chosen again
		const result = progressFromFile(text, ids);
		if (!result.ok) return say(strings.importRefused[result.reason]);
		offerImport(result.progress, result.evidence);
	});
	$<HTMLElement>('.path-share').hidden = false;
	render();
	root.removeAttribute('data-pending'); // the reader's path is drawn: show it (PathPlanner.astro)
}

