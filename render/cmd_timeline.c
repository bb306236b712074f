/* cmd_timeline: the `render timeline` command: its options, the loading of
 * the events CSV, and the hand-over to the timeline layout. */
#include "chart.h"
#include "events.h"
#include "timeline.h"

/* The command's own options, as its entries store them. */
typedef struct TimelineOptions {
	gboolean vertical, no_breaks;
	char **breaks;   /* owned */
} TimelineOptions;

static GOptionEntry *timeline_entries(gpointer opts)
{
	TimelineOptions *o = opts;
	const GOptionEntry entries[] = {
		{"vertical", 0, 0, G_OPTION_ARG_NONE, &o->vertical,
		 "Run time down the page with labels beside it (for text-heavy timelines)",
		 NULL},
		{"no-breaks", 0, 0, G_OPTION_ARG_NONE, &o->no_breaks,
		 "Never break the axis over long empty stretches", NULL},
		{"break", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o->breaks,
		 "Cut the empty period FROM/TO out of the axis, e.g. 2020-01/2020-06 "
		 "(up to 4; replaces the automatic breaks)", "FROM/TO"},
		{NULL, 0, 0, 0, NULL, NULL, NULL},
	};
	return g_memdup2(entries, sizeof entries);
}

static void timeline_options_clear(gpointer opts)
{
	TimelineOptions *o = opts;
	g_strfreev(o->breaks);
	o->breaks = NULL;
}

static gpointer timeline_load(const ChartOptions *opts, TextMeasurer *tm, GError **err)
{
	return events_load(opts->input, tm, err);
}

static gboolean timeline_run_layout(gconstpointer model, const ChartOptions *opts,
                                    TextMeasurer *tm, Chart *out, GError **err)
{
	static const TimelineOptions defaults = {0};
	const TimelineOptions *o = opts->own ? opts->own : &defaults;
	TimelineSettings set = {o->vertical, o->no_breaks, (const char *const *)o->breaks};
	return timeline_layout(model, &set, opts, tm, out, err);
}

static void timeline_free(gpointer model)
{
	events_free(model);
}

const ChartCommand timeline_command = {
	.name = "timeline",
	.summary = "dated events (CSV) as a timeline",
	.description =
		"Columns by header name: date (required: YYYY, YYYY-MM or YYYY-MM-DD, with\n"
		"~ for about or ? for uncertain), end (makes a span), label (required),\n"
		"detail, group (colour and legend), color (the group's colour, #rrggbb\n"
		"or a CSS name such as steelblue; --palette wins over it), source\n"
		"(numbered note), priority (higher labels are kept first when not all\n"
		"fit).",
	.options_size = sizeof(TimelineOptions),
	.entries = timeline_entries,
	.options_clear = timeline_options_clear,
	.strict_hint = "fewer or shorter labels, higher priorities on the ones to keep, "
	               "or a larger --size",
	.load = timeline_load,
	.layout = timeline_run_layout,
	.free_model = timeline_free,
};
