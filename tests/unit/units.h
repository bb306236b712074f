/* units: what every unit-test file shares: cmocka, and UNIT_GROUP, through
 * which each file registers its group so main.c needs no list to keep. */
#ifndef TESTS_UNITS_H
#define TESTS_UNITS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

/* Adds a group runner (cmocka_run_group_tests_name inside) for main.c. */
void units_register(const char *name, int (*run)(void));

/* After a file's `static int run_NAME_tests(void)`: registers it before main
 * runs. Groups run by name, so the order never depends on the link order. */
#define UNIT_GROUP(fn)                                                    \
	static void register_##fn(void) __attribute__((constructor));    \
	static void register_##fn(void) { units_register(#fn, fn); }

#endif
