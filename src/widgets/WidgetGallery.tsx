/**
 * The gallery page's stage: shows the widget named by `?w=<name>` (the first one by default). The list
 * of widgets with their descriptions is the page's own text; each entry links to `?w=<name>#widget`.
 * A widget's code is loaded only when it is chosen, so the gallery never carries the JavaScript of
 * all nine at once (the per-page budget is 15 KB gzip, Preact included).
 * Usage in MDX: `<WidgetGallery client:load lang="ru" />`.
 */
import { Component, type ComponentType } from 'preact';
import type { Lang } from '../schemas/areas';
import { pickWidget, type WidgetName } from './state/gallery';

type Loader = () => Promise<{ default: ComponentType<{ lang: Lang }> }>;

const LOADERS: Partial<Record<WidgetName, Loader>> = {
	shapes: () => import('./ShapeExplorer'),
	'dense-layer': () => import('./DenseLayer'),
	derivative: () => import('./Derivative'),
	'chain-rule': () => import('./ChainRule'),
	'gradient-descent': () => import('./GradientDescent'),
	training: () => import('./Training'),
	softmax: () => import('./Softmax'),
	convolution: () => import('./Convolution'),
	drills: () => import('./Drills'),
};

export default class WidgetGallery extends Component<{ lang: Lang }, { W?: ComponentType<{ lang: Lang }> }> {
	componentDidMount() {
		LOADERS[pickWidget(location.search, Object.keys(LOADERS) as WidgetName[])]!().then((m) => this.setState({ W: m.default }));
	}

	render() {
		const { W } = this.state;
		return <div id="widget">{W && <W lang={this.props.lang} />}</div>;
	}
}
