/** zwpack's version, as package.json states it (kept in step by a test). */
export const VERSION = '0.1.0';
