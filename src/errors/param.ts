/** The address parameter of the error page that holds the message to explain (`/errors/?msg=…`). */
export const MSG_PARAM = 'msg';
