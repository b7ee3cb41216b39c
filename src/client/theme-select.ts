/**
 * The behaviour of the theme menu (src/components/ThemeSelect.astro), as Starlight's, except that
 * every use of localStorage is guarded: with storage blocked, a choice applies to the page and is
 * simply not remembered.
 */
type Theme = 'auto' | 'dark' | 'light';
declare const StarlightThemeProvider: { updatePickers(theme?: Theme): void };

const KEY = 'starlight-theme';
const parseTheme = (theme: unknown): Theme => (theme === 'auto' || theme === 'dark' || theme === 'light' ? theme : 'auto');

function loadTheme(): Theme {
	try {
		return parseTheme(localStorage.getItem(KEY));
	} catch {
		return 'auto';
	}
}

function storeTheme(theme: Theme): void {
	try {
		localStorage.setItem(KEY, theme === 'light' || theme === 'dark' ? theme : '');
	} catch {
		// Not remembered; the page still shows the choice.
	}
}

const preferred = (): Theme => (matchMedia('(prefers-color-scheme: light)').matches ? 'light' : 'dark');

function onThemeChange(theme: Theme, store = true): void {
	StarlightThemeProvider.updatePickers(theme);
	document.documentElement.dataset.theme = theme === 'auto' ? preferred() : theme;
	if (store) storeTheme(theme);
}

export function initThemeSelect(): void {
	let chosen: Theme | undefined;
	matchMedia('(prefers-color-scheme: light)').addEventListener('change', () => {
		if ((chosen ?? loadTheme()) === 'auto') onThemeChange('auto', false);
	});
	class NnThemeSelect extends HTMLElement {
		constructor() {
			super();
			onThemeChange(chosen ?? loadTheme(), false);
			this.querySelector('select')?.addEventListener('change', (e) => {
				if (e.currentTarget instanceof HTMLSelectElement) onThemeChange((chosen = parseTheme(e.currentTarget.value)));
			});
		}
	}
	if (!customElements.get('starlight-theme-select')) customElements.define('starlight-theme-select', NnThemeSelect);
}
