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
	failed += run_labeltext_tests();
	failed += run_place_tests();
	failed += run_timescale_tests();
	failed += run_tlcolor_tests();
	failed += run_fonts_tests();
	failed += run_backend_tests();
	return failed ? 1 : 0;
}
