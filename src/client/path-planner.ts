import { fromClientGraph } from '../graph/client-graph';
import { planPath, routeHours, targetTopics, type Route, type Target } from '../graph/plan';
import { DEFAULT_TARGET, routeFromParam, targetFromParam, targetToParam } from '../graph/targets';
import { progressFromFile, progressFromParams, progressToFile, progressToParams } from '../progress/share';
import type { Progress } from '../progress/store';
import { ROADMAP_UI } from '../i18n/roadmap';
import { readGraphData } from './graph-data';
import { loadProgress, replaceProgress } from './progress-state';


/**
 * The path page's behaviour. The URL carries the target (`?to=track:internals`), the route when it is
 * the short one (`&route=short`) and, when shared,
 * someone's progress (`#known=a,b&learning=c`): the page then shows THEIR plan and offers to load
 * the marks. Every value from the URL goes through the strict parsers; the DOM is built with
 * textContent only.
 */
export function initPathPlanner(): void {
	const root = document.querySelector<HTMLElement>('[data-path-planner]');
	const data = readGraphData();
	if (!root || !data) return;
	const graph = fromClientGraph(data);
	const ids = new Set(graph.order);
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
	const strings = ROADMAP_UI[root.dataset.lang === 'en' ? 'en' : 'ru'];

	const url = new URL(window.location.href);
	let target: Target = targetFromParam(url.searchParams.get('to'), graph) ?? DEFAULT_TARGET;
	let route: Route = routeFromParam(url.searchParams.get('route'));
	const own = loadProgress(ids);
	const linked = url.hash.length > 1 ? progressFromParams(new URLSearchParams(url.hash.slice(1)), ids) : undefined;
	let progress: Progress = linked && Object.keys(linked.progress).length > 0 ? linked.progress : own.progress;
	linkBanner.hidden = !(linked && Object.keys(linked.progress).length > 0);

	const say = (text: string) => {
		notice.textContent = text;
		notice.hidden = text === '';
	};
	say(own.problem ? strings.recovered : own.persistent ? '' : strings.notSaved);

	const render = () => {
		const goals = targetTopics(graph, target);
		const done = new Set(Object.keys(progress).filter((id) => progress[id] === 'known' || progress[id] === 'skipped'));
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
				if (progress[id] === 'learning') li.classList.add('state-learning');
				const a = document.createElement('a');
				a.href = data.topics[id]!.href;
				a.textContent = data.topics[id]!.title;
				const meta = document.createElement('span');
				meta.className = 'rm-hours';
				meta.textContent = ` ${strings.hours(routeHours(graph, [id], route))}`;
				li.append(a, meta);
				return li;
			}),
		);
		const fraction = full.length === 0 ? 1 : (full.length - steps.length) / full.length;
		bar.value = fraction;
		barLabel.textContent = strings.progressLabel(full.length - steps.length, full.length);
		$<HTMLElement>('.path-progress').hidden = false;
		const share = new URL(window.location.pathname, window.location.origin);
		share.searchParams.set('to', targetToParam(target));
		if (route !== 'full') share.searchParams.set('route', route);
		share.hash = progressToParams(progress).toString();
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
			const blob = new Blob([progressToFile(loadProgress(ids).progress)], { type: 'application/json' });
			const a = document.createElement('a');
			a.href = URL.createObjectURL(blob);
			a.download = 'nn-math-progress.json';
			a.click();
			URL.revokeObjectURL(a.href);
		} else if (action === 'apply-link' && linked) {
			const result = replaceProgress(linked.progress);
			progress = result.progress;
			linkBanner.hidden = true;
			say(result.persistent ? strings.imported : strings.notSaved);
			render();
		}
	});
	root.querySelector<HTMLInputElement>('input[type="file"][data-action="import"]')!.addEventListener('change', async (event) => {
		const file = (event.target as HTMLInputElement).files?.[0];
		if (!file) return;
		const { progress: imported, ok } = progressFromFile(await file.text(), ids);
		if (!ok) return say(strings.importFailed);
		const result = replaceProgress(imported);
		progress = result.progress;
		say(result.persistent ? strings.imported : strings.notSaved);
		render();
	});
	$<HTMLElement>('.path-share').hidden = false;
	render();
}

