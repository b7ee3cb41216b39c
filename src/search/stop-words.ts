/**
 * Words a reader types around the thing they look for: question words, the verbs of asking, filler.
 * Pagefind runs a query as an AND of every word found anywhere on the site (Pagefind issue #329), so
 * «что такое набла» would demand «что» and «такое» from the gradient page and lose it. The query
 * module (./query.ts) drops these before searching, unless nothing else is left. One list per
 * language, grouped by class; both lists apply on every page, since readers mix the two languages.
 * A word belongs here only if it names no idea the site teaches: «нельзя», "difference" do not,
 * «производная», "bias", «сеть» do and stay out.
 */
const RU = [
	// Question words and particles: they ask, they do not name.
	'что', 'как', 'какой', 'какая', 'какое', 'какие', 'каким', 'какую', 'почему', 'зачем', 'где', 'когда', 'куда',
	'чем', 'чего', 'кто', 'ли', 'же', 'бы', 'вообще', 'именно', 'вот', 'разве', 'неужели',
	// Verbs and phrases of asking and understanding.
	'такое', 'это', 'значит', 'означает', 'обозначает', 'понять', 'понимать', 'пойму', 'объясните', 'объяснить',
	'простыми', 'словами', 'простым', 'языком', 'доступно', 'подскажите', 'помогите', 'нужен', 'нужна', 'нужно',
	'нужны', 'надо', 'работает', 'работают', 'отличается', 'отличаются', 'отличие', 'отличия', 'разница', 'разницу',
	'можно', 'нельзя', 'правильно', 'пример', 'примеры', 'примером', 'вопрос', 'смысл', 'суть', 'интуиция',
	'интуитивно', 'физический', 'делает', 'делать', 'считается', 'используют', 'используется', 'роль', 'играет',
	'играют', 'бороться', 'работать', 'считать', 'посчитать', 'считают', 'вычислить', 'вычислять', 'найти', 'находить',
	// Prepositions, conjunctions, pronouns.
	'и', 'в', 'во', 'на', 'с', 'со', 'по', 'для', 'от', 'до', 'из', 'к', 'ко', 'о', 'об', 'про', 'за', 'при', 'через',
	'а', 'но', 'или', 'то', 'не', 'ни', 'мне', 'я', 'мы', 'вы', 'ты', 'он', 'она', 'оно', 'они', 'его', 'её', 'ее', 'их',
	'ним', 'ней', 'нем', 'них', 'нему',
	'этот', 'эта', 'эти', 'этого', 'этой', 'этом', 'так', 'там', 'тут', 'все', 'всё', 'всегда', 'между', 'если', 'чтобы',
];

const EN = [
	// Question words and auxiliaries: they ask, they do not name.
	'what', 'whats', "what's", 'how', 'why', 'when', 'where', 'which', 'who', 'whom', 'is', 'are', 'was', 'were', 'be',
	'do', 'does', 'did', 'can', 'could', 'should', 'would', 'will', 'must',
	// Verbs and phrases of asking and understanding.
	'mean', 'means', 'meaning', 'understand', 'understanding', 'explain', 'explained', 'explanation', 'simple', 'simply',
	'terms', 'intuition', 'intuitive', 'intuitively', 'example', 'examples', 'need', 'needed', 'use', 'used', 'using',
	'difference', 'differences', 'different', 'differ', 'vs', 'versus', 'correct', 'right', 'really', 'actually',
	'work', 'works', 'purpose', 'point', 'exactly', 'get', 'getting', 'help', 'please', 'compute', 'calculate', 'find',
	// Articles, prepositions, conjunctions, pronouns.
	'the', 'a', 'an', 'of', 'in', 'on', 'for', 'to', 'and', 'or', 'with', 'between', 'from', 'by', 'at', 'as', 'about',
	'into', 'i', 'we', 'you', 'my', 'our', 'it', 'its', 'this', 'that', 'these', 'those', 'there', 'so', 'not', 'no',
	'one', 'some', 'any', 'all', 'if', 'than', 'then',
];

/** Every stop word of both languages, lower case with ё written е (as ./normalize.ts writes queries). */
export const STOP_WORDS: ReadonlySet<string> = new Set([...RU, ...EN].map((w) => w.replaceAll('ё', 'е')));
