/* Unit tests of the scene JSON and of colour parsing. */
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

static void colours(void **state)
{
	(void)state;
	Color c;
	assert_true(color_parse("#0a0B0c", &c));
	assert_int_equal((int)(c.r * 255 + 0.5), 10);
	assert_int_equal((int)(c.b * 255 + 0.5), 12);
	assert_true(color_parse("#f80", &c));
	assert_int_equal((int)(c.g * 255 + 0.5), 0x88);
	assert_false(color_parse("f80", &c));
	assert_false(color_parse("#ff00", &c));
	assert_false(color_parse("#gg0000", &c));
	assert_false(color_parse("#ff0000 ", &c));
	/* neighbouring palette colours differ */
	for (int i = 0; i + 1 < color_palette_size(); i++) {
		Color a = color_palette(i), b = color_palette(i + 1);
		assert_true(a.r != b.r || a.g != b.g || a.b != b.b);
	}
}

int run_scene_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(json_numbers_and_strings),
		cmocka_unit_test(colours),
	};
	return cmocka_run_group_tests_name("scene", tests, NULL, NULL);
}
