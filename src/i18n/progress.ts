/**
 * What a page says about the stored progress as read (src/progress/store.ts): not saved, damaged, or
 * saved by a newer site. Apart from ROADMAP_UI (which spreads them in), because every topic page's
 * progress control needs these three and none of the roadmap's other words.
 */
export const PROGRESS_NOTICES = {
	ru: {
		notSaved: 'Браузер не даёт сохранить прогресс (например, в приватном режиме): отметки работают, пока открыта страница.',
		recovered:
			'Сохранённый прогресс повреждён: показано то, что удалось прочитать. Исходная запись не удаляется: её копия попадёт в файл, который сохраняет страница «Путь».',
		newerVersion:
			'Прогресс сохранён более новой версией сайта. Эта версия показывает то, что в нём понимает, и ничего в нём не меняет: отметки и загрузка отключены, чтобы ничего не потерять.',
	},
	en: {
		notSaved: 'The browser does not let the site save progress (private mode, perhaps): marks work while the page is open.',
		recovered:
			'The saved progress is damaged: this shows what could be read. The original is not deleted; a copy of it goes into the file the path page saves.',
		newerVersion:
			'Your progress was saved by a newer version of this site. This version shows what it understands and changes nothing: marking and loading are off so that nothing is lost.',
	},
} as const;
