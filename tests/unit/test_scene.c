/* Unit tests of the scene JSON. */
#include "units.h"
#include "color.h"
#include "scene.h"

#include <string.h>

static void json_numbers_and_strings(void **state)
{
	(void)state;
	Scene *s = scene_new(453.5433, 100);
	TextStyle st = {.size = 9};
	SceneItem *it = scene_text(s, "label", "a \"q\"\\\nb", &st, 1.23449, -0.0001,
	                           10, 12.5, color_rgb(0x112233));
	it->row = 7;
	scene_set_panel(s, 2);
	scene_seat(s, "Нұр Отан", 5, 6, 2, color_rgb(0xffffff), COLOR_NONE, 0);
	scene_leave_out(s, 9, "no room for its label");
	char *json = scene_to_json(s, NULL);
	assert_non_null(strstr(json, "\"page\": {\"width\": 453.543, \"height\": 100}"));
	assert_non_null(strstr(json, "\"text\": \"a \\\"q\\\"\\\\\\nb\""));
	/* rounded to 0.001 pt, no negative zero, no trailing zeros */
	assert_non_null(strstr(json, "\"x\": 1.234, \"y\": 0, \"w\": 10, \"h\": 12.5"));
	assert_non_null(strstr(json, "\"color\": \"#112233\""));
	assert_non_null(strstr(json, "\"row\": 7}"));
	assert_non_null(strstr(json, "\"type\": \"seat\", \"role\": \"seat\", \"party\": \"Нұр Отан\", \"cx\": 5, \"cy\": 6, \"r\": 2"));
	assert_non_null(strstr(json, "\"panel\": 2}"));
	assert_non_null(strstr(json, "\"left_out\": [{\"row\": 9, \"reason\": \"no room for its label\"}]"));
	g_free(json);
	scene_free(s);
}

static int run_scene_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(json_numbers_and_strings),
	};
	return cmocka_run_group_tests_name("scene", tests, NULL, NULL);
}

UNIT_GROUP(run_scene_tests)
