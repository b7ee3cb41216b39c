import { checkContext } from '../../../src/graph/validate';
import type { CheckContext } from '../../../src/graph/checks/context';
import { validInput } from '../fixtures';

/** The context the checks see for the fixture content, after `edit` breaks something in it. */
export function contextOf(edit: (input: ReturnType<typeof validInput>) => void = () => {}): CheckContext {
	const input = validInput();
	edit(input);
	return checkContext(input).ctx;
}
