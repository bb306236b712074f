/* main: runs every unit-test group; the exit status counts failed tests. */
#include "units.h"

int main(void)
{
	int failed = 0;
	failed += run_scene_tests();
	failed += run_date_tests();
	failed += run_table_tests();
	failed += run_ticks_tests();
	failed += run_lang_tests();
	failed += run_hemicycle_tests();
	failed += run_waffle_tests();
	failed += run_benches_tests();
	failed += run_seats_tests();
	failed += run_seatcolor_tests();
	failed += run_seatcut_tests();
	failed += run_seatmark_tests();
	failed += run_seatpage_tests();
	failed += run_seatplot_tests();
	failed += run_plot_arch_tests();
	failed += run_plot_waffle_tests();
	failed += run_plot_westminster_tests();
	failed += run_plot_bar_tests();
	failed += run_seatlabels_tests();
	failed += run_seatlegend_tests();
	failed += run_seatfig_tests();
	failed += run_seatalt_tests();
	return failed ? 1 : 0;
}
