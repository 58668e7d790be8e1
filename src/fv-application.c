/* fv-application.c — the application, its actions and its command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fv-application.h"
#include "fv-cli.h"
#include "fv-format.h"
#include "fv-model.h"
#include "fv-ui-resources.h"
#include "fv-window.h"

struct _FvApplication
{
  AdwApplication parent_instance;

  /* --source-text without a mode that exits: the texts a new window checks
   * its quotations against (the first window of this process; a window of
   * an instance already running is not reached). */
  GStrv          text_ids;
  GPtrArray     *text_files;  /* GFile, one an id */
};

G_DEFINE_FINAL_TYPE (FvApplication, fv_application, ADW_TYPE_APPLICATION)

static const GOptionEntry main_entries[] = {
  { "validate", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check the fact model (the built-in one without FILE) and exit"), NULL },
  { "json", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --validate or --check-quotes: print one JSON document, for editors and CI"), NULL },
  { "list-charts", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the ID and title of each chart and exit"), NULL },
  { "export-chart", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Write the chart ID to --output (PNG, SVG or PDF, by its extension; CSV for its data) "
       "and exit"), N_("ID") },
  { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The exported chart's format, whatever --output's extension: png, svg, pdf or csv "
       "(its data)"),
    N_("FORMAT") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Where --export-chart writes the image"), N_("PATH") },
  { "width", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Width of the exported chart in pixels (default 1200)"), N_("PX") },
  { "height", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Height of the exported chart in pixels (default 675, or more where its texts "
       "need it)"), N_("PX") },
  { "scale", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Pixels per point of the exported chart, 2 for HiDPI (default 1)"), N_("N") },
  { "from", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The first day an exported timeline shows: 2016, 2016-11 or 2016-11-08"), N_("DATE") },
  { "to", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The last day (or month, or year) an exported timeline shows"), N_("DATE") },
  { "export-sheet", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Write the fact sheet, every fact with its sources, as a PDF to --output and exit"),
    NULL },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The paper of a fact sheet, or of a chart's PDF page: a4 or letter "
       "(default for a sheet: the locale's)"), N_("PAPER") },
  { "linear-axis", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Draw an exported timeline on a linear time axis, without leaving out its longest "
       "empty stretches"), NULL },
  { "language", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The language of the model's texts in an export or a fact sheet: one the model has, "
       "as es"), N_("LANG") },
  { "check-quotes", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check each quotation against the text of its source (--source-text) and exit"), NULL },
  { "source-text", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    N_("The text of the source ID, plain text or a saved web page: its quotations are "
       "checked against it (in the window, with --check-quotes or in --export-sheet)"),
    N_("ID=FILE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL,
    /* translators: the argument in "fact-viewer [OPTION…] [FILE]" */
    N_("[FILE]") },
  { NULL }
};

/* Sizes are taken as strings: GApplication drops integer options that are
 * 0, and "--width=0" must be refused, not taken for the default. */
static gboolean
lookup_int (GVariantDict *options,
            const char   *name,
            int          *value)
{
  g_autoptr(GError) error = NULL;
  const char *text;
  gint64 number;

  if (!g_variant_dict_lookup (options, name, "&s", &text))
    return TRUE;

  if (!g_ascii_string_to_signed (text, 10, G_MININT, G_MAXINT, &number, &error))
    {
      g_autofree char *escaped = fv_text_escape_controls (text);
      g_autofree char *shown = fv_text_shorten_middle (escaped, 64);

      /* translators: "--width: “abc” is not a number" */
      g_printerr (_("--%s: “%s” is not a whole number\n"), name, shown);
      return FALSE;
    }

  *value = number;
  return TRUE;
}

/* --source-text=ID=FILE for the window: kept until a window is made. */
static gboolean
take_source_texts (FvApplication *self,
                   GVariantDict  *options)
{
  g_autofree const char **texts = NULL;
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  if (!g_variant_dict_lookup (options, "source-text", "^a&ay", &texts))
    return TRUE;

  self->text_files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; texts[i] != NULL; i++)
    {
      g_autofree char *id = NULL;
      const char *file;

      if (!fv_cli_split_source_text (texts[i], &id, &file))
        return FALSE;
      g_strv_builder_add (ids, id);
      g_ptr_array_add (self->text_files, g_file_new_for_commandline_arg (file));
    }
  self->text_ids = g_strv_builder_end (ids);

  return TRUE;
}

/* A new window checks its quotations against the texts of the command line. */
static void
check_source_texts (FvApplication *self,
                    FvWindow      *window)
{
  for (guint i = 0; self->text_ids != NULL && self->text_ids[i] != NULL; i++)
    fv_window_check_quotes_in (window, self->text_ids[i],
                               g_ptr_array_index (self->text_files, i));
  g_clear_pointer (&self->text_ids, g_strfreev);
  g_clear_pointer (&self->text_files, g_ptr_array_unref);
}

/* The modes that only print and exit are handled here, before the
 * application registers or GTK opens a display: they work without one. */
static int
fv_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  g_autofree const char **files = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "fact-viewer", PACKAGE_VERSION);
      return fv_cli_finish (0);
    }

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);

  if (g_variant_dict_contains (options, "validate"))
    return fv_cli_finish (g_variant_dict_contains (options, "json")
                          ? fv_cli_validate_json (files) : fv_cli_validate (files));

  if (g_variant_dict_contains (options, "check-quotes"))
    {
      g_autofree const char **texts = NULL;

      g_variant_dict_lookup (options, "source-text", "^a&ay", &texts);
      return fv_cli_finish (fv_cli_check_quotes (files, texts,
                                                 g_variant_dict_contains (options, "json")));
    }

  if (g_variant_dict_contains (options, "list-charts"))
    return fv_cli_finish (fv_cli_list_charts (files));

  if (g_variant_dict_contains (options, "export-sheet") ||
      g_variant_dict_contains (options, "export-chart"))
    {
      FvCliExport export = { .width = 1200, .height = 675, .scale = 1 };
      g_autofree const char **texts = NULL;

      g_variant_dict_lookup (options, "export-chart", "&s", &export.chart_id);
      g_variant_dict_lookup (options, "output", "^&ay", &export.output);
      g_variant_dict_lookup (options, "format", "&s", &export.format);
      g_variant_dict_lookup (options, "language", "&s", &export.language);
      g_variant_dict_lookup (options, "paper", "&s", &export.paper);
      g_variant_dict_lookup (options, "source-text", "^a&ay", &texts);
      export.source_texts = texts;
      g_variant_dict_lookup (options, "from", "&s", &export.from);
      g_variant_dict_lookup (options, "to", "&s", &export.to);
      export.linear_axis = g_variant_dict_contains (options, "linear-axis");
      export.width_fixed = g_variant_dict_contains (options, "width");
      export.height_fixed = g_variant_dict_contains (options, "height");
      if (!lookup_int (options, "width", &export.width) ||
          !lookup_int (options, "height", &export.height) ||
          !lookup_int (options, "scale", &export.scale))
        return 1;

      return fv_cli_finish (g_variant_dict_contains (options, "export-sheet")
                            ? fv_cli_export_sheet (files, &export)
                            : fv_cli_export_chart (files, &export));
    }

  if (!take_source_texts (FV_APPLICATION (app), options))
    return 1;

  if (files != NULL && files[0] != NULL)
    {
      g_autoptr(GPtrArray) gfiles = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GError) error = NULL;

      for (guint i = 0; files[i] != NULL; i++)
        g_ptr_array_add (gfiles, g_file_new_for_commandline_arg (files[i]));

      /* G_OPTION_REMAINING took the files from GApplication: hand them on
       * ourselves, to this instance or to the one already running. */
      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      g_application_open (app, (GFile **) gfiles->pdata, gfiles->len, "");
      if (g_application_get_is_remote (app))
        return 0;
    }

  return G_APPLICATION_CLASS (fv_application_parent_class)->handle_local_options (app, options);
}

static FvWindow *
get_window (FvApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (FV_IS_WINDOW (window))
    return FV_WINDOW (window);

  return fv_window_new (GTK_APPLICATION (self));
}

static void
fv_application_activate (GApplication *app)
{
  FvWindow *window = get_window (FV_APPLICATION (app));

  if (fv_window_get_model (window) == NULL)
    {
      g_autoptr(FvModel) model = fv_model_new_builtin ();

      fv_window_set_model (window, model);
    }
  check_source_texts (FV_APPLICATION (app), window);

  gtk_window_present (GTK_WINDOW (window));
}

/* Each file in a window of its own (as from a file manager's selection of
 * several), and a new one: what the reader has open stays open. */
static void
fv_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      FvWindow *window = fv_window_new (GTK_APPLICATION (app));
      g_autoptr(FvModel) model = fv_model_new_builtin ();

      /* A file that does not open leaves the built-in model on screen,
       * with the file's problems above it. */
      fv_window_set_model (window, model);
      fv_window_load_file (window, files[i]);
      check_source_texts (FV_APPLICATION (app), window);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

/* About: libadwaita's window, filled with what the metainfo says of the
 * application (data/…metainfo.xml.in: its name, developer, licence, and
 * its <url>s, the same addresses here). */
static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  const char *developers[] = { _("The Fact Viewer developers"), NULL };
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  AdwAboutWindow *about = ADW_ABOUT_WINDOW (adw_about_window_new ());

  gtk_window_set_transient_for (GTK_WINDOW (about), parent);
  adw_about_window_set_application_name (about, _("Fact Viewer"));
  adw_about_window_set_application_icon (about, APP_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_developer_name (about, _("The Fact Viewer developers"));
  adw_about_window_set_developers (about, developers);
  adw_about_window_set_comments (about, _("Explore the facts behind a news story: its timeline, "
                                          "its people and its numbers, each with its source."));
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_website (about, "https://github.com/factviewer/fact-viewer");
  adw_about_window_set_issue_url (about, "https://github.com/factviewer/fact-viewer/issues");
  /* translators: put your names here, one a line */
  adw_about_window_set_translator_credits (about, _("translator-credits"));
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "about", about_action },
};

static void
fv_application_startup (GApplication *app)
{
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.export-chart", { "<Control>e", NULL } },
    { "win.find", { "<Control>f", NULL } },
    { "win.toggle-table", { "<Control>t", NULL } },
    { "win.print", { "<Control>p", NULL } },
    { "win.reload", { "F5", "<Control>r" } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
    { "win.show-tab::timeline", { "<Alt>1", NULL } },
    { "win.show-tab::case", { "<Alt>2", NULL } },
    { "win.show-tab::statements", { "<Alt>3", NULL } },
    { "win.previous-event", { "<Alt>Up", NULL } },
    { "win.next-event", { "<Alt>Down", NULL } },
  };

  /* Before AdwApplication's startup, which loads style.css from them. */
  fv_ui_register_resources ();
  G_APPLICATION_CLASS (fv_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions),
                                   app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action,
                                           accels[i].accels);

  gtk_window_set_default_icon_name (APP_ID);
}

static void
fv_application_finalize (GObject *object)
{
  FvApplication *self = FV_APPLICATION (object);

  g_clear_pointer (&self->text_ids, g_strfreev);
  g_clear_pointer (&self->text_files, g_ptr_array_unref);

  G_OBJECT_CLASS (fv_application_parent_class)->finalize (object);
}

static void
fv_application_class_init (FvApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = fv_application_finalize;

  app_class->handle_local_options = fv_application_handle_local_options;
  app_class->startup = fv_application_startup;
  app_class->activate = fv_application_activate;
  app_class->open = fv_application_open;
}

static void
fv_application_init (FvApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Explore the facts behind a news story: "
                                              "its timeline, its people and its numbers, "
                                              "each with its source."));
}

FvApplication *
fv_application_new (void)
{
  /* The resource base path is where AdwApplication finds style.css. (No
   * menus, help overlay or icons are kept there: the window builds its
   * shortcuts window when first asked for.) */
  return g_object_new (FV_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}
