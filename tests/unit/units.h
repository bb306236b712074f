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
int run_waffle_tests(void);
int run_benches_tests(void);
int run_seats_tests(void);
int run_seatcolor_tests(void);
int run_seatcut_tests(void);
int run_seatmark_tests(void);
int run_seatpage_tests(void);
int run_seatplot_tests(void);
int run_plot_arch_tests(void);
int run_plot_waffle_tests(void);
int run_plot_westminster_tests(void);
int run_plot_bar_tests(void);
int run_seatlabels_tests(void);
int run_seatlegend_tests(void);
int run_seatfig_tests(void);
int run_seatalt_tests(void);

#endif
