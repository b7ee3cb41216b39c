/** The static words of one error's section on the error page, in one language. */
export interface Section {
	/** A short title in plain words, shown above the message itself. */
	title: string;
	/** The usual causes in real code, one sentence each. */
	causes: readonly string[];
	/** The fix as one or two lines of Python. */
	fix: string;
}
