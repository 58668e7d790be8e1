/* test-window-chart-buttons.c — a chart's title stays clear of its buttons
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The zoom buttons and the table's toggle stand over a chart's top right
 * corner; the chart's title and subtitle wrap short of them, or begin
 * under them where that column would be too narrow. In English, Spanish
 * and Polish, at 800×600 and in a window as narrow as it goes, on the built-in model
 * and on one whose chart title is long, the buttons' place and the title's
 * drawn lines do not meet. FV_TEST_SHOTS=FOLDER keeps a picture of each.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "fv-chart-panel.h"
#include "fv-chart-view.h"
#include "fv-test-locale.h"
#include "fv-ui-resources.h"
#include "fv-window.h"
#include "fv-test-window.h"

typedef struct
{
  const char *language;
  int         width;
  gboolean    long_title;
} Case;

static const char * const languages[] = { "en", "es", "pl" };
static const char * const tabs[] = { "timeline", "case", "statements" };

static const char long_model[] =
  "{ \"schema_version\": 1, \"language\": \"en\", \"title\": \"A long-titled story\","
  "  \"tabs\": { \"timeline\": { \"title\": \"What happened\" } },"
  "  \"sources\": [ { \"id\": \"story\", \"kind\": \"article\", \"title\": \"The story\","
  "                   \"paragraphs\": 4, \"url\": \"https://example.org/story\" } ],"
  "  \"events\": ["
  "    { \"id\": \"ev-1\", \"date\": \"2020-03\", \"precision\": \"month\","
  "      \"title\": \"A first thing happens\","
  "      \"references\": [{ \"source\": \"story\", \"paragraph\": 1 }] },"
  "    { \"id\": \"ev-2\", \"date\": \"2021-06-01\", \"precision\": \"day\","
  "      \"title\": \"A second thing happens\","
  "      \"references\": [{ \"source\": \"story\", \"paragraph\": 3 }] } ],"
  "  \"charts\": [ { \"id\": \"timeline\", \"type\": \"timeline\", \"tab\": \"timeline\","
  "    \"title\": { \"en\": \"How the county's sheriff, the federal government and the courts "
  "answered one another over the years the settlement was argued about\","
  "                 \"es\": \"Cómo se respondieron el sheriff del condado, el gobierno federal y "
  "los tribunales durante los años en que se discutió el acuerdo\","
  "                 \"pl\": \"Jak szeryf hrabstwa, rząd federalny i sądy odpowiadali sobie "
  "nawzajem przez lata sporu o ugodę\" },"
  "    \"subtitle\": { \"en\": \"Every event the story dates, with the periods between them\","
  "                    \"es\": \"Cada hecho que la historia fecha, con los periodos entre ellos\","
  "                    \"pl\": \"Każde wydarzenie, które historia datuje, z okresami między nimi\" }"
  "  } ] }";

static void
find_all (GtkWidget *widget,
          GType      type,
          GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_all (child, type, found);
}

static GtkWidget *
find_one (GtkWidget *widget,
          GType      type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  find_all (widget, type, found);
  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

static FvModel *
model_new (gboolean long_title)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  FvModel *model;

  if (!long_title)
    return fv_model_new_builtin ();
  bytes = g_bytes_new_static (long_model, sizeof long_model - 1);
  model = fv_model_new_from_bytes (bytes, "long-title.json", NULL, &error);
  g_assert_no_error (error);
  return model;
}

static void
save_shot (FvWindow   *window,
           const char *name)
{
  const char *folder = g_getenv ("FV_TEST_SHOTS");
  GtkWidget *widget = GTK_WIDGET (window);
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GskRenderer) renderer = gsk_cairo_renderer_new ();
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (folder == NULL)
    return;
  paintable = gtk_widget_paintable_new (widget);
  /* The paintable holds what the widget drew last: a frame after now. */
  for (guint i = 0; i < 100 && node == NULL; i++)
    {
      GtkSnapshot *snapshot = gtk_snapshot_new ();

      gtk_widget_queue_draw (widget);
      g_main_context_iteration (NULL, TRUE);
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
    }
  g_assert_nonnull (node);
  g_assert_true (gsk_renderer_realize (renderer, NULL, NULL));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  gsk_renderer_unrealize (renderer);
  path = g_build_filename (folder, name, NULL);
  gdk_texture_save_to_png (texture, path);
}

static gboolean
meet (const graphene_rect_t *a,
      const FvChartRect     *b)
{
  return a->origin.x < b->x + b->width && b->x < a->origin.x + a->size.width &&
         a->origin.y < b->y + b->height && b->y < a->origin.y + a->size.height;
}

/* Each chart shown on TAB: its buttons do not meet its title. Returns how
 * many charts it looked at. */
static guint
check_tab (FvWindow   *window,
           FvModel    *model,
           const Case *c,
           const char *tab)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GPtrArray) panels = g_ptr_array_new ();
  guint n = 0;

  g_settings_set_string (settings, "last-tab", tab);
  for (guint i = 0; i < 300; i++)
    g_main_context_iteration (NULL, FALSE);
  find_all (GTK_WIDGET (window), FV_TYPE_CHART_PANEL, panels);
  for (guint i = 0; i < panels->len; i++)
    {
      GtkWidget *panel = g_ptr_array_index (panels, i);
      GtkWidget *view = find_one (panel, FV_TYPE_CHART_VIEW);
      GtkWidget *controls = gtk_widget_get_parent (find_one (panel, GTK_TYPE_TOGGLE_BUTTON));
      const FvChart *chart = fv_chart_view_get_chart (FV_CHART_VIEW (view));
      graphene_rect_t buttons;
      FvChartRect title, subtitle, bare;
      FvChartStyle style;
      FvChartState state = { 0 };

      if (!gtk_widget_get_mapped (view))
        continue;
      g_assert_true (fv_chart_view_get_title_rect (FV_CHART_VIEW (view), &title,
                                                   &subtitle));
      g_assert_true (gtk_widget_compute_bounds (controls, view, &buttons));
      g_test_message ("%s, %d px, %s: chart %s %d×%d: title %g,%g %g×%g; subtitle %g,%g %g×%g; "
                      "buttons %g,%g %g×%g",
                      c->language, c->width, tab, chart->id, gtk_widget_get_width (view),
                      gtk_widget_get_height (view), title.x, title.y, title.width,
                      title.height, subtitle.x, subtitle.y, subtitle.width, subtitle.height,
                      buttons.origin.x, buttons.origin.y, buttons.size.width,
                      buttons.size.height);
      g_assert_cmpfloat (buttons.size.width, >, 0);
      g_assert_cmpfloat (title.width, >, 0);
      g_assert_false (meet (&buttons, &title));
      g_assert_false (meet (&buttons, &subtitle));

      /* Where the title is long, the same chart with no room kept (as
       * exported) would run under the buttons: this checks something. */
      if (c->long_title)
        {
          fv_chart_style_init (&style, FALSE);
          state.languages = NULL;
          g_assert_true (fv_chart_get_title_rect (model, chart, gtk_widget_get_width (view),
                                                  gtk_widget_get_height (view), &style, &state,
                                                  &bare, NULL));
          g_assert_true (meet (&buttons, &bare));
        }
      n++;
    }
  return n;
}

static void
test_buttons (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(FvModel) model = model_new (c->long_title);
  FvWindow *window;
  gpointer weak;
  guint n = 0;

  fv_test_use_language (c->language);
  g_settings_set_int (settings, "window-width", c->width);
  g_settings_set_int (settings, "window-height", 600);
  g_settings_set_string (settings, "last-tab", "timeline");
  window = fv_window_new (NULL);
  fv_window_set_model (window, model);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < 2000 && gtk_widget_get_width (GTK_WIDGET (window)) == 0; i++)
    g_main_context_iteration (NULL, FALSE);
  g_test_message ("the window: %d×%d", gtk_widget_get_width (GTK_WIDGET (window)),
                  gtk_widget_get_height (GTK_WIDGET (window)));
  /* Narrow means narrow: the width asked for, or where the window cannot
   * be that narrow (its content asks for more), its narrowest. */
  {
    int minimum;

    gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL,
                        NULL, NULL);
    g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, MAX (c->width, minimum));
  }

  for (guint t = 0; t < (c->long_title ? 1 : G_N_ELEMENTS (tabs)); t++)
    {
      n += check_tab (window, model, c, tabs[t]);
      if (t == 0)
        {
          g_autofree char *name = g_strdup_printf ("%s-%d-%s.png", c->language, c->width,
                                                   c->long_title ? "long" : "builtin");
          save_shot (window, name);
        }
    }
  g_assert_cmpuint (n, >, 0);

  weak = window;
  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  gtk_window_destroy (GTK_WINDOW (window));
  wait_until_finalized (&weak);
  g_settings_reset (settings, "last-tab");
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

int
main (int   argc,
      char *argv[])
{
  char *data_home;
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_free);
  static const int widths[] = { 800, 400 };

  data_home = fv_test_window_init (&argc, &argv);
  if (data_home == NULL)
    return 0;

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
      for (guint m = 0; m < 2; m++)
        {
          Case *c = g_new (Case, 1);
          g_autofree char *path = g_strdup_printf ("/window-chart-buttons/%s/%d/%s",
                                                   languages[l], widths[w],
                                                   m ? "long-title" : "builtin");

          *c = (Case) { languages[l], widths[w], m };
          g_ptr_array_add (cases, c);
          g_test_add_data_func (path, c, test_buttons);
        }

  return fv_test_window_run (data_home);
}
