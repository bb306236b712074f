/* units: the unit-test groups main.c runs, one per module test file. */
#ifndef TESTS_UNITS_H
#define TESTS_UNITS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

int run_scene_tests(void);
int run_date_tests(void);
int run_table_tests(void);
int run_ticks_tests(void);
int run_lang_tests(void);
int run_hemicycle_tests(void);
int run_labeltext_tests(void);
int run_place_tests(void);
int run_timescale_tests(void);
int run_tlcolor_tests(void);
int run_fonts_tests(void);
int run_backend_tests(void);

#endif
