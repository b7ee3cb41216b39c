/**
 * The form of a noun after a number, for every string table of the site. The caller writes the number
 * itself (`${n} ${plural(n, 'тема', 'темы', 'тем')}`), since some sentences put words between them.
 * Three forms follow the Russian rule (1 тема, 2 темы, 5 тем, 11 тем, 21 тема); two forms the English
 * one (1 topic, 2 topics, 0 topics).
 */
export function plural(n: number, ...forms: [one: string, other: string] | [one: string, few: string, many: string]): string {
	if (forms.length === 2) return n === 1 ? forms[0] : forms[1];
	const [one, few, many] = forms;
	const mod10 = n % 10;
	const mod100 = n % 100;
	if (mod10 === 1 && mod100 !== 11) return one;
	if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
	return many;
}
