/* cli: the command line of render; see cli.h. */
#include "cli.h"
#include "clipaths.h"
#include "diag.h"
#include "limit.h"
#include "suggest.h"
#include "version.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define MM (72.0 / 25.4)
#define DEFAULT_WIDTH (160 * MM)   /* the text column of an A4 page */

static const ChartCommand *const commands[] = {&timeline_command, &seats_command};

static const char exit_codes[] =
	"Exit status: 0 success; 1 the input data is wrong (the message starts with\n"
	"file:line:column); 2 the command line is wrong; 3 a file could not be\n"
	"read or written, or the bundled fonts are missing. On any error no output\n"
	"file is created or changed.";

static const char environment[] =
	"IN.csv may be - for standard input (messages then name it <stdin>), and\n"
	"-o - writes the figure to standard output, in the format -T gives.\n\n"
	"Environment: SOURCE_DATE_EPOCH (seconds since 1970-01-01 UTC, as\n"
	"reproducible builds set it) is written into a PDF as its creation date;\n"
	"without it a PDF has none, so every run gives the same bytes.";

/* The options every command shares, parsed into req's own storage. */
static GOptionEntry *common_entries(CliRequest *req)
{
	const GOptionEntry entries[] = {
		{"output", 'o', 0, G_OPTION_ARG_FILENAME_ARRAY, &req->s_outputs,
		 "Write the figure to FILE; .pdf, .png or .svg picks the format; - is "
		 "standard output; repeat it for several formats of one layout", "FILE"},
		{"format", 'T', 0, G_OPTION_ARG_STRING, &req->s_format,
		 "The figure's format, pdf, png or svg, for standard output or a file "
		 "name without those extensions (-Tpng as in dot); without -o the "
		 "figure goes to standard output", "FORMAT"},
		{"scene", 0, 0, G_OPTION_ARG_FILENAME, &req->s_scene,
		 "Also write the laid-out scene (geometry in points) as JSON", "FILE"},
		{"alt", 0, 0, G_OPTION_ARG_FILENAME, &req->s_alt,
		 "Also write a plain-text description of the figure (alt text)", "FILE"},
		{"title", 0, 0, G_OPTION_ARG_FILENAME, &req->s_title, "Title above the chart", "TEXT"},
		{"subtitle", 0, 0, G_OPTION_ARG_FILENAME, &req->s_subtitle,
		 "Subtitle under the title", "TEXT"},
		{"caption", 0, 0, G_OPTION_ARG_FILENAME, &req->s_caption,
		 "Caption under the chart", "TEXT"},
		{"size", 0, 0, G_OPTION_ARG_STRING, &req->s_size,
		 "Page size, e.g. 160x100mm, 6.3x4in, 450x300pt; a width alone (160mm) "
		 "lets the height follow the content (default: 160mm wide)", "WxH"},
		{"dpi", 0, 0, G_OPTION_ARG_DOUBLE, &req->dpi, "PNG resolution (default 300)", "N"},
		{"png-compress", 0, 0, G_OPTION_ARG_STRING, &req->s_png_compress,
		 "PNG compression: fast (default; a few times quicker, the file a little "
		 "larger) or small (as small as cairo's own writer makes it)", "fast|small"},
		{"svg-text", 0, 0, G_OPTION_ARG_NONE, &req->svg_text,
		 "SVG text as text, editable and searchable, with the fonts it uses "
		 "embedded (default: outlines, which look the same everywhere)", NULL},
		{"lang", 0, 0, G_OPTION_ARG_STRING, &req->s_lang,
		 "Language of dates and fixed words: en, ru or kk (default en)", "LANG"},
		{"palette", 0, 0, G_OPTION_ARG_FILENAME, &req->s_palette,
		 "Colours of groups and parties, kept in every figure that uses this file: "
		 "a CSV with columns name (or group, party) and color", "FILE"},
		{"strict", 0, 0, G_OPTION_ARG_NONE, &req->strict,
		 "Fail instead of leaving a label out, overlapping or substituting", NULL},
		{"fonts", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &req->s_fonts,
		 "Folder of the bundled fonts", "DIR"},
		{"version", 'V', 0, G_OPTION_ARG_NONE, &req->version,
		 "Print the versions of render and of the libraries that shape its "
		 "output", NULL},
		{"help", 'h', 0, G_OPTION_ARG_NONE, &req->help, "Print this help", NULL},
		{G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &req->s_inputs, NULL,
		 "IN.csv"},
		{NULL, 0, 0, 0, NULL, NULL, NULL},
	};
	return g_memdup2(entries, sizeof entries);
}

static void usage(FILE *to)
{
	fprintf(to, "usage: render COMMAND IN.csv -o OUT.pdf|OUT.png|OUT.svg [options]\n"
	        "       render COMMAND - -T png|pdf|svg [options] < IN.csv > OUT\n"
	        "       render batch [DATA] [-o OUT] [-j N] [options]\n\n"
	        "commands:\n");
	for (size_t i = 0; i < G_N_ELEMENTS(commands); i++)
		fprintf(to, "  %-10s %s\n", commands[i]->name, commands[i]->summary);
	fprintf(to, "  %-10s %s\n", "batch", "every figure of a data folder, in one process");
	fprintf(to, "\n'render COMMAND --help' lists a command's options; "
	        "'render --version' (-V) the\nlibrary versions; 'man render' tells "
	        "the whole story.\n");
}

/* A plain decimal number at the start of s: digits with at most one point,
 * no sign, exponent, hex, "nan" or "inf" (strtod takes them all, and a NaN
 * passes every range check). FALSE when s does not start with one. */
static gboolean parse_decimal(const char *s, double *v, const char **end)
{
	gsize digits = strspn(s, "0123456789"), n = digits;
	if (s[n] == '.') {
		gsize frac = strspn(s + n + 1, "0123456789");
		digits += frac;
		n += 1 + frac;
	}
	if (digits == 0 || digits > 15)
		return FALSE;
	char *copy = g_strndup(s, n);
	*v = g_ascii_strtod(copy, NULL);
	g_free(copy);
	*end = s + n;
	return isfinite(*v);
}

/* "160x100mm", "160mmx100mm", "6.3in", "450x300pt": points, or FALSE. */
static gboolean parse_length(const char *s, const char *unit, double *pt)
{
	const char *end;
	double v;
	if (!parse_decimal(s, &v, &end) || v <= 0 || v > 1e5)
		return FALSE;
	if (*end)
		unit = end;
	if (!unit)
		return FALSE;
	if (strcmp(unit, "mm") == 0)
		*pt = v * MM;
	else if (strcmp(unit, "cm") == 0)
		*pt = v * 10 * MM;
	else if (strcmp(unit, "in") == 0)
		*pt = v * 72;
	else if (strcmp(unit, "pt") == 0)
		*pt = v;
	else
		return FALSE;
	return TRUE;
}

static gboolean parse_size(const char *s, double *w, double *h, GError **err)
{
	char **parts = g_strsplit(s, "x", 3);
	guint n = g_strv_length(parts);
	gboolean ok = n == 1 || n == 2;
	const char *unit = NULL;
	if (ok) {
		/* The unit written after the height also applies to the width. */
		const char *last = parts[n - 1];
		const char *u = last + strspn(last, "0123456789.");
		unit = *u ? u : NULL;
		ok = parse_length(parts[0], unit, w) &&
		     (n == 1 ? (*h = 0, TRUE) : parse_length(parts[1], unit, h));
	}
	g_strfreev(parts);
	/* A millionth of a point for rounding: 5080mm is 14400pt. */
	if (ok && (*w < LIMIT_PAGE_MIN_PT - 1e-6 || (*h != 0 && *h < LIMIT_PAGE_MIN_PT - 1e-6)))
		return diag_fail(err, DIAG_USAGE, "--size %s: a page must be at least "
		                 "36pt (0.5in) a side", s);
	/* 200 in is the largest page PDF readers accept. */
	if (ok && (*w > LIMIT_PAGE_MAX_PT + 1e-6 || *h > LIMIT_PAGE_MAX_PT + 1e-6))
		return diag_fail(err, DIAG_USAGE, "--size %s: a page can be at most "
		                 "200in (5080mm) a side", s);
	if (!ok)
		return diag_fail(err, DIAG_USAGE, "--size %s: expected WIDTHxHEIGHT with "
		                 "a unit, e.g. 160x100mm, 6.3x4in or 450x300pt, or a width "
		                 "alone such as 160mm", s);
	return TRUE;
}

/* SOURCE_DATE_EPOCH as the PDF creation date (ISO 8601), NULL when unset. */
static gboolean creation_date(char **out, GError **err)
{
	*out = NULL;
	const char *env = g_getenv("SOURCE_DATE_EPOCH");
	if (!env)
		return TRUE;
	char *end;
	errno = 0;
	guint64 v = g_ascii_strtoull(env, &end, 10);
	if (!*env || *end || errno || v > 253402300799ull)
		return diag_fail(err, DIAG_USAGE, "SOURCE_DATE_EPOCH \"%s\": expected "
		                 "a whole number of seconds since 1970-01-01", env);
	GDateTime *dt = g_date_time_new_from_unix_utc((gint64)v);
	*out = g_date_time_format(dt, "%Y-%m-%dT%H:%M:%SZ");
	g_date_time_unref(dt);
	return TRUE;
}

/* An option's text: UTF-8, and text: tabs and line breaks (a new line of
 * a title) are the only control characters it may hold, as in a CSV field. */
static gboolean check_text(const char *option, const char *text, GError **err)
{
	if (!g_utf8_validate(text, -1, NULL))
		return diag_fail(err, DIAG_USAGE, "%s: the text is not UTF-8", option);
	glong chars = g_utf8_strlen(text, -1);
	if (chars > LIMIT_OPTION_CHARS)
		return diag_fail(err, DIAG_USAGE, "%s: %ld characters, more than the %d a "
		                 "text option may hold; shorten it", option, chars,
		                 LIMIT_OPTION_CHARS);
	long at = 1;
	for (const char *p = text; *p; p = g_utf8_next_char(p), at++) {
		gunichar c = g_utf8_get_char(p);
		if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c <= 0x9f))
			return diag_fail(err, DIAG_USAGE, "%s: control character U+%04X at "
			                 "character %ld: a text may hold tabs and line breaks, "
			                 "but no other control characters", option, c, at);
	}
	return TRUE;
}

static gboolean png_compress(const char *name, BackendPngCompress *out, GError **err)
{
	*out = BACKEND_PNG_FAST;
	if (!name || !strcmp(name, "fast"))
		return TRUE;
	if (!strcmp(name, "small")) {
		*out = BACKEND_PNG_SMALL;
		return TRUE;
	}
	return diag_fail(err, DIAG_USAGE, "--png-compress %s: expected fast or small", name);
}

/* The values of the parsed options checked and turned into the request's
 * fields: texts, language, size, resolution, PNG compression, and the PDF
 * date from the environment. */
static gboolean check_values(CliRequest *req, GError **err)
{
	req->scene = req->s_scene;
	req->alt = req->s_alt;
	req->fonts_dir = req->s_fonts;
	req->palette = req->s_palette;
	req->co = (ChartOptions){
		.input = req->s_inputs ? req->s_inputs[0] : NULL, .title = req->s_title,
		.subtitle = req->s_subtitle, .caption = req->s_caption, .width = DEFAULT_WIDTH,
		.height = 0, .lang = LANG_EN, .strict = req->strict, .own = req->own,
	};
	/* Text options are taken as raw bytes (no locale conversion), so they
	 * must be UTF-8 whatever the locale says. */
	const char *texts[][2] = {{"--title", req->co.title}, {"--subtitle", req->co.subtitle},
	                          {"--caption", req->co.caption}};
	for (size_t i = 0; i < G_N_ELEMENTS(texts); i++)
		if (texts[i][1] && !check_text(texts[i][0], texts[i][1], err))
			return FALSE;
	if (req->s_lang && !lang_parse(req->s_lang, &req->co.lang))
		return diag_fail(err, DIAG_USAGE, "--lang %s: expected en, ru or kk",
		                 req->s_lang);
	if (req->s_size && !parse_size(req->s_size, &req->co.width, &req->co.height, err))
		return FALSE;
	if (!(req->dpi >= 10 && req->dpi <= 2400))
		return diag_fail(err, DIAG_USAGE, "--dpi %g: expected 10 to 2400", req->dpi);
	g_clear_pointer(&req->s_create_date, g_free);
	if (!creation_date(&req->s_create_date, err))
		return FALSE;
	req->backend = (BackendSettings){.dpi = req->dpi, .create_date = req->s_create_date,
	                                 .svg_text = req->svg_text};
	return png_compress(req->s_png_compress, &req->backend.png_compress, err);
}

/* The parsed options checked and turned into the request's fields. */
static gboolean check_request(CliRequest *req, GError **err)
{
	if (!clipaths_pick_outputs(req, err))
		return FALSE;
	guint ninputs = req->s_inputs ? g_strv_length(req->s_inputs) : 0;
	if (ninputs == 0)
		return diag_fail(err, DIAG_USAGE, "no input file: give the CSV to draw, "
		                 "or - for standard input");
	if (ninputs > 1)
		return diag_fail(err, DIAG_USAGE, "%u input files: give exactly one CSV "
		                 "(one figure per run)", ninputs);
	return check_values(req, err) && clipaths_check(req, err);
}

int cli_report(const CliRequest *req, const GError *err)
{
	int status = err->domain == DIAG_ERROR ? err->code : DIAG_IO;
	if (status == DIAG_USAGE && req->cmd)
		fprintf(stderr, "render %s: %s; see 'render %s --help'\n", req->cmd->name,
		        err->message, req->cmd->name);
	else
		fprintf(stderr, "%s\n", err->message);
	return status;
}

const ChartCommand *cli_command(const char *name)
{
	for (size_t i = 0; i < G_N_ELEMENTS(commands); i++)
		if (!strcmp(name, commands[i]->name))
			return commands[i];
	return NULL;
}

/* The entries of long name name[0..len) or short name c (0: by long name),
 * among entries (ended by a NULL long_name); NULL if none. */
static const GOptionEntry *find_entry(const GOptionEntry *e, const char *name, size_t len,
                                      char c)
{
	for (; e && e->long_name; e++) {
		if (c ? e->short_name == c
		      : *e->long_name && strlen(e->long_name) == len &&
		        !strncmp(e->long_name, name, len))
			return e;
	}
	return NULL;
}

/* The command's entries and the common ones in one list (the command's
 * first, as --help shows them). Text options become FILENAME ones: GOption
 * converts STRING values from the locale's charset, which in the C locale
 * refuses every non-ASCII byte; check_texts checks them as UTF-8 instead. */
static GOptionEntry *join_entries(const GOptionEntry *own, const GOptionEntry *common)
{
	gsize n_own = 0, n_common = 0;
	while (own && own[n_own].long_name)
		n_own++;
	while (common[n_common].long_name)
		n_common++;
	GOptionEntry *all = g_new0(GOptionEntry, n_own + n_common + 1);
	memcpy(all, own, n_own * sizeof *all);
	memcpy(all + n_own, common, n_common * sizeof *all);
	for (GOptionEntry *e = all; e->long_name; e++) {
		if (e->arg == G_OPTION_ARG_STRING)
			e->arg = G_OPTION_ARG_FILENAME;
		else if (e->arg == G_OPTION_ARG_STRING_ARRAY)
			e->arg = G_OPTION_ARG_FILENAME_ARRAY;
	}
	return all;
}

/* The text options of entries (STRING ones, as declared) must be UTF-8. */
static gboolean check_texts(const GOptionEntry *e, GError **err)
{
	for (; e && e->long_name; e++) {
		char *one[] = {NULL, NULL}, **values = one;
		if (e->arg == G_OPTION_ARG_STRING)
			one[0] = *(char **)e->arg_data;
		else if (e->arg == G_OPTION_ARG_STRING_ARRAY)
			values = *(char ***)e->arg_data;
		for (; values && *values; values++)
			if (!g_utf8_validate(*values, -1, NULL))
				return diag_fail(err, DIAG_USAGE, "--%s: the text is not UTF-8",
				                 e->long_name);
	}
	return TRUE;
}

/* "unknown option --titel (did you mean --title?)", or the command it
 * belongs to. */
static gboolean unknown_option(const ChartCommand *cmd, const GOptionEntry *entries,
                               const char *arg, GError **err)
{
	const char *name = arg + strspn(arg, "-");
	int shown = (int)(name - arg + (int)strcspn(name, "="));
	char *typed = g_strndup(name, strcspn(name, "="));
	GPtrArray *names = g_ptr_array_new();
	for (const GOptionEntry *e = entries; e->long_name; e++)
		if (*e->long_name && !(e->flags & G_OPTION_FLAG_HIDDEN))
			g_ptr_array_add(names, (gpointer)e->long_name);
	const char *near = suggest_closest(typed, (const char *const *)names->pdata,
	                                   (int)names->len);
	const ChartCommand *other = NULL;
	for (size_t i = 0; i < G_N_ELEMENTS(commands) && !near && !other; i++) {
		if (!cmd || commands[i] == cmd)
			continue;
		/* Only the names matter: the entries store into a scratch struct. */
		gpointer scratch = g_malloc0(commands[i]->options_size);
		GOptionEntry *theirs = commands[i]->entries(scratch);
		if (find_entry(theirs, typed, strlen(typed), 0))
			other = commands[i];
		g_free(theirs);
		g_free(scratch);
	}
	if (near)
		diag_fail(err, DIAG_USAGE, "unknown option %.*s (did you mean --%s?)", shown,
		          arg, near);
	else if (other)
		diag_fail(err, DIAG_USAGE, "unknown option %.*s: it is an option of "
		          "'render %s'", shown, arg, other->name);
	else
		diag_fail(err, DIAG_USAGE, "unknown option %.*s", shown, arg);
	g_ptr_array_free(names, TRUE);
	g_free(typed);
	return FALSE;
}

/* "--labels=no": GOption would take it as --labels, turning the option on. */
static gboolean refuse_value(const char *arg, const GOptionEntry *e, GError **err)
{
	return diag_fail(err, DIAG_USAGE, "%s: --%s takes no value; give --%s alone to "
	                 "turn it on, or leave it out", arg, e->long_name, e->long_name);
}

/* Walks args[n] as GOption will, appending to out what GOption is to parse
 * (copies, owned by out): an unknown option is an error with a suggestion,
 * an on/off option with a value is refused, and "-Tpng" becomes "-T" "png"
 * (dot's spelling; GOption would read -T -p -n -g). After "--" every word
 * is an input. */
static gboolean scan_args(const ChartCommand *cmd, const GOptionEntry *entries, int n,
                          char **args, GPtrArray *out, GError **err)
{
	gboolean options_done = FALSE;
	for (int i = 0; i < n; i++) {
		const char *a = args[i];
		const GOptionEntry *e = NULL;
		gboolean is_option = !options_done && a[0] == '-' && a[1];
		options_done |= !strcmp(a, "--");
		if (!is_option || !strcmp(a, "--")) {
			g_ptr_array_add(out, g_strdup(a));
			continue;
		}
		if (a[1] == '-') {
			const char *eq = strchr(a, '=');
			e = find_entry(entries, a + 2, eq ? (size_t)(eq - a - 2) : strlen(a + 2), 0);
			if (!e)
				return unknown_option(cmd, entries, a, err);
			if (eq && e->arg == G_OPTION_ARG_NONE)
				return refuse_value(a, e, err);
			g_ptr_array_add(out, g_strdup(a));
			if (!eq && e->arg != G_OPTION_ARG_NONE && i + 1 < n)
				g_ptr_array_add(out, g_strdup(args[++i]));
			continue;
		}
		e = find_entry(entries, NULL, 0, a[1]);
		if (!e)
			return unknown_option(cmd, entries, a, err);
		if (e->arg == G_OPTION_ARG_NONE) {
			g_ptr_array_add(out, g_strdup(a));   /* -h, -V, or a cluster of them */
		} else {
			g_ptr_array_add(out, g_strndup(a, 2));
			if (a[2])
				g_ptr_array_add(out, g_strdup(a + 2));
			else if (i + 1 < n)
				g_ptr_array_add(out, g_strdup(args[++i]));
		}
	}
	return TRUE;
}

void cli_print_help(GOptionContext *ctx, const char *usage_line)
{
	char *text = g_option_context_get_help(ctx, TRUE, NULL);
	GString *help = g_string_new(text);
	g_free(text);
	const char *body = strstr(help->str, "\n\n");
	g_string_erase(help, 0, body ? body - help->str : 0);
	g_string_prepend(help, usage_line);
	g_string_prepend(help, "Usage:\n  ");
	g_string_replace(help, "Application Options:", "Options:", 1);
	fputs(help->str, stdout);
	g_string_free(help, TRUE);
}

static void print_help(GOptionContext *ctx, const ChartCommand *cmd)
{
	char *line = g_strdup_printf("render %s IN.csv -o OUT.pdf|OUT.png|OUT.svg "
	                             "[OPTION...]", cmd->name);
	cli_print_help(ctx, line);
	g_free(line);
}

static GOptionContext *new_context(const ChartCommand *cmd, const GOptionEntry *entries)
{
	GOptionContext *ctx = g_option_context_new(NULL);
	g_option_context_set_help_enabled(ctx, FALSE);   /* ours: print_help */
	g_option_context_set_summary(ctx, cmd->summary);
	char *desc = g_strdup_printf("%s\n\n%s\n\n%s\n\n%s", cmd->description, environment,
	                             limit_help(), exit_codes);
	g_option_context_set_description(ctx, desc);
	g_free(desc);
	g_option_context_add_main_entries(ctx, entries, NULL);
	return ctx;
}

/* words scanned (scan_args) and parsed by ctx, whose options are entries;
 * cmd (or NULL) is the chart command they belong to. */
static gboolean parse_scanned(GOptionContext *ctx, const ChartCommand *cmd,
                              const GOptionEntry *entries, int n_words, char **words,
                              GError **err)
{
	GPtrArray *args = g_ptr_array_new_with_free_func(g_free);
	g_ptr_array_add(args, g_strdup("render"));
	gboolean ok = scan_args(cmd, entries, n_words, words, args, err);
	if (ok) {
		/* GOption reorders the array it is given: a copy of the pointers. */
		int n = (int)args->len;
		char **v = g_new0(char *, args->len + 1), **parse_argv = v;
		memcpy(v, args->pdata, args->len * sizeof *v);
		GError *e = NULL;
		ok = g_option_context_parse(ctx, &n, &parse_argv, &e);
		if (!ok)   /* "Missing argument for --title", as ours: lower case */
			diag_fail(err, DIAG_USAGE, "%c%s", g_ascii_tolower(e->message[0]),
			          e->message + 1);
		g_clear_error(&e);
		g_free(v);
	}
	g_ptr_array_free(args, TRUE);
	return ok;
}

gboolean cli_parse_entries(GOptionContext *ctx, const GOptionEntry *entries, int n,
                           char **words, GError **err)
{
	return parse_scanned(ctx, NULL, entries, n, words, err);
}

/* Parses words (what follows the command) into req->cmd's options,
 * printing the help when asked and with_help; FALSE with *err (DIAG_USAGE). */
static gboolean parse_options(CliRequest *req, int n_words, char **words, gboolean with_help,
                              GError **err)
{
	const ChartCommand *cmd = req->cmd;
	req->own = g_malloc0(cmd->options_size);
	GOptionEntry *own = cmd->entries(req->own);
	GOptionEntry *common = common_entries(req);
	GOptionEntry *entries = join_entries(own, common);
	GOptionContext *ctx = new_context(cmd, entries);
	gboolean ok = parse_scanned(ctx, cmd, entries, n_words, words, err) &&
	              check_texts(own, err) && check_texts(common, err);
	if (ok && req->help && with_help)
		print_help(ctx, cmd);
	g_free(entries);
	g_free(common);
	g_free(own);
	g_option_context_free(ctx);
	return ok;
}

/* --help and --version print and exit on the command line; in words read
 * from elsewhere (a batch's .args file) they have no place. */
static gboolean refuse_help(const CliRequest *req, GError **err)
{
	if (req->help || req->version)
		return diag_fail(err, DIAG_USAGE, "%s: it only works on the command line",
		                 req->help ? "--help" : "--version");
	return TRUE;
}

gboolean cli_parse_words(const ChartCommand *cmd, int n, char **words, CliRequest *req,
                         GError **err)
{
	*req = (CliRequest){.cmd = cmd, .dpi = 300};
	return parse_options(req, n, words, FALSE, err) && refuse_help(req, err) &&
	       check_request(req, err);
}

gboolean cli_parse_options(const ChartCommand *cmd, int n, char **words, CliRequest *req,
                           GError **err)
{
	*req = (CliRequest){.cmd = cmd, .dpi = 300};
	return parse_options(req, n, words, FALSE, err) && refuse_help(req, err) &&
	       check_values(req, err);
}

/* argv[1] is no command: say so, with the command meant if it is near one,
 * and the usage. */
static int unknown_command(const char *raw)
{
	char *word = diag_escape(raw);   /* echoed: nothing raw to the terminal */
	const char *names[G_N_ELEMENTS(commands) + 1];
	for (size_t i = 0; i < G_N_ELEMENTS(commands); i++)
		names[i] = commands[i]->name;
	names[G_N_ELEMENTS(commands)] = "batch";
	const char *near = suggest_closest(word, names, (int)G_N_ELEMENTS(names));
	if (word[0] == '-')
		fprintf(stderr, "render: %s: the command comes first, as in 'render "
		        "timeline IN.csv -o OUT.pdf'\n", word);
	else if (near)
		fprintf(stderr, "render: unknown command \"%s\" (did you mean %s?)\n", word,
		        near);
	else
		fprintf(stderr, "render: unknown command \"%s\"\n", word);
	g_free(word);
	usage(stderr);
	return DIAG_USAGE;
}

/* "render --help", "render -V": words that stand where a command does.
 * Returns the exit status, or -1 for anything else. */
static int top_level(const char *word)
{
	if (!strcmp(word, "--version") || !strcmp(word, "-V") || !strcmp(word, "version")) {
		version_print(stdout);
		return 0;
	}
	if (!strcmp(word, "--help") || !strcmp(word, "-h") || !strcmp(word, "help")) {
		usage(stdout);
		return 0;
	}
	return -1;
}

int cli_parse(int argc, char **argv, CliRequest *req)
{
	*req = (CliRequest){.dpi = 300};
	if (argc < 2) {
		usage(stderr);
		return DIAG_USAGE;
	}
	/* "render help timeline" is "render timeline --help". */
	char *help_argv[] = {argv[0], argc > 2 ? argv[2] : NULL, (char *)"--help", NULL};
	if (argc > 2 && !strcmp(argv[1], "help")) {
		argc = 3;
		argv = help_argv;
	}
	int status = top_level(argv[1]);
	if (status >= 0)
		return status;
	req->cmd = cli_command(argv[1]);
	if (!req->cmd)
		return unknown_command(argv[1]);
	char *prg = g_strdup_printf("render %s", req->cmd->name);
	g_set_prgname(prg);
	g_free(prg);
	GError *err = NULL;
	if (!parse_options(req, argc - 2, argv + 2, TRUE, &err))
		status = cli_report(req, err);
	else if (req->help)
		status = 0;
	else if (req->version) {
		version_print(stdout);
		status = 0;
	} else if (!check_request(req, &err))
		status = cli_report(req, err);
	g_clear_error(&err);
	return status;
}

void cli_clear(CliRequest *req)
{
	if (req->own && req->cmd)
		req->cmd->options_clear(req->own);
	g_free(req->own);
	g_free(req->outputs);
	g_strfreev(req->s_inputs);
	g_strfreev(req->s_outputs);
	g_free(req->s_scene), g_free(req->s_alt), g_free(req->s_title);
	g_free(req->s_subtitle), g_free(req->s_caption), g_free(req->s_size);
	g_free(req->s_lang), g_free(req->s_fonts), g_free(req->s_png_compress);
	g_free(req->s_palette);
	g_free(req->s_create_date), g_free(req->s_format);
	*req = (CliRequest){0};
}
