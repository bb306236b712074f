/* fuzz_timeline: the timeline loader and layout through the scene (JSON and
 * alt text), with options from the input's options byte (fuzz.h). */
#include "fuzz.h"
#include "events.h"
#include "limit.h"
#include "page.h"
#include "scene.h"
#include "timeline.h"

#define MM (72.0 / 25.4)

/* Events laid out at most: the fuzzer's build lays out 15 to 20 times
 * slower than render, and 86 daily events (0.43 s in render), then 61 with
 * longer labels (0.37 s), passed its 5 s timeout. Larger timelines are
 * loaded and checked here, laid out by the generated cases of make check,
 * and timed by bench/limits.py. */
#define LAYOUT_EVENTS 40

int fuzz_timeline_one(const uint8_t *data, size_t size)
{
	unsigned o = fuzz_options(&data, &size);
	const char *path = fuzz_file(data, size);
	TextMeasurer *tm = fuzz_measurer();
	static const char *const breaks[] = {"2019-03/2019-09", NULL};
	TimelineSettings set = {.vertical = o & 1, .no_breaks = o & 2,
	                        .breaks = o & 4 ? breaks : NULL};
	ChartOptions co = {.input = path, .width = o & 8 ? 60 * MM : 160 * MM,
	                   .height = o & 16 ? 100 * MM : 0, .lang = (Lang)((o >> 5) % 3),
	                   .strict = o & 64, .title = o & 32 ? "A title" : NULL};
	GError *err = NULL;
	Events *ev = events_load(path, tm, &err);
	if (ev && ev->items->len > LAYOUT_EVENTS) {
		events_free(ev);
		return 0;
	}
	Chart chart = {0};
	gboolean ok = ev && timeline_layout(ev, &set, &co, tm, &chart, &err) &&
	              limit_page(chart.scene, path, &err) &&
	              (!co.strict || page_verify(chart.scene, path, "", &err));
	if (ok) {
		char *json = scene_to_json(chart.scene, tm);
		fuzz_check_text("the scene", json);
		g_free(json);
		if (chart.alt)
			fuzz_check_text("the alt text", chart.alt);
	} else {
		fuzz_check_error(err, path);
	}
	scene_free(chart.scene);
	g_free(chart.alt);
	events_free(ev);
	return 0;
}

#ifndef FUZZ_NO_ENTRY
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_timeline_one(data, size);
}
#endif
