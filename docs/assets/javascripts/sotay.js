/* Site behaviour added by the handbook (export actions). */
