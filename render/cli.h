/* cli: the command line as a request: which chart, its shared options, the
 * outputs and how to encode them, parsed with GOptionContext and checked.
 * "-" as the input is standard input; as an output, standard output. */
#ifndef RENDER_CLI_H
#define RENDER_CLI_H

#include <glib.h>
#include "backend.h"
#include "chart.h"

/* One file of the figure: -o FILE, or standard output for -T alone. */
typedef struct CliOutput {
	const char *path;            /* "-" for standard output; points into the request */
	const Backend *format;       /* -T/--format, else the extension of path */
} CliOutput;

typedef struct CliRequest {
	const ChartCommand *cmd;     /* static */
	ChartOptions co;             /* its strings point into the request */
	CliOutput *outputs;          /* [noutputs], owned: every -o in order, one layout */
	int noutputs;
	const char *scene;           /* --scene, or NULL */
	const char *alt;             /* --alt, or NULL */
	const char *fonts_dir;       /* --fonts, or NULL: found beside the program */
	const char *palette;         /* --palette, or NULL: read by figure */
	BackendSettings backend;     /* dpi, PNG compression, PDF creation date */
	/* Owned storage the options are parsed into; cli_clear frees it. */
	char **s_outputs;
	char *s_scene, *s_alt, *s_title, *s_subtitle, *s_caption, *s_size,
	     *s_lang, *s_fonts, *s_png_compress, *s_create_date, *s_format, *s_palette;
	char **s_inputs;
	double dpi;
	gboolean strict, svg_text, help, version;
	gpointer own;                /* the command's own options (cmd->options_size), owned */
} CliRequest;

/* Parses argv (argv[1] the command) into req and checks every option. Help,
 * version and errors are printed here. Returns -1 when the request is ready
 * to run, else the exit status to return (0 after --help or --version). The
 * caller frees req with cli_clear in either case. */
int cli_parse(int argc, char **argv, CliRequest *req);
void cli_clear(CliRequest *req);

/* Parses words (what follows "render COMMAND": options and the input) into
 * req for cmd as cli_parse does, printing nothing: FALSE with *err
 * (DIAG_USAGE) when a word or the request is wrong; --help and --version are
 * errors here. The caller frees req with cli_clear in either case. */
gboolean cli_parse_words(const ChartCommand *cmd, int n, char **words, CliRequest *req,
                         GError **err);

/* Parses words as options of cmd alone, into req: no input or output is
 * needed, but every option and value is checked (sizes, languages, numbers,
 * UTF-8). The caller sees in req's s_ fields which options were given and
 * frees req with cli_clear. FALSE with *err (DIAG_USAGE). */
gboolean cli_parse_options(const ChartCommand *cmd, int n, char **words, CliRequest *req,
                           GError **err);

/* Parses words against the options of ctx (entries, as added to it) with the
 * conventions of every render command: a mistyped option gets the nearest
 * one, an on/off option takes no value, -Xvalue is -X value, after -- every
 * word is an argument. FALSE with *err (DIAG_USAGE). */
gboolean cli_parse_entries(GOptionContext *ctx, const GOptionEntry *entries, int n,
                           char **words, GError **err);

/* Prints ctx's help to standard output under "Usage: usage_line", as every
 * command's --help; printed as UTF-8, never converted. */
void cli_print_help(GOptionContext *ctx, const char *usage_line);

/* The chart command of that name, or NULL. Static. */
const ChartCommand *cli_command(const char *name);

/* Prints err as the command line reports errors (usage errors name the
 * command and its --help) and returns the exit status it stands for. */
int cli_report(const CliRequest *req, const GError *err);

#endif
