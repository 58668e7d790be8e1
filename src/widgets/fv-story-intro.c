/* fv-story-intro.c — what the story is and where it comes from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Above the timeline: the model's title, its summary, the story its facts
 * come from (linked, with its date when the model gives one) and the time
 * its events span. It folds to one line once read: a GtkExpander, whose
 * state the window keeps in its settings. Its text is the model's, set as
 * plain text, never markup; it scrolls within a few lines, so that it
 * never makes the window taller than a small screen.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fv-fact-widgets.h"
#include "fv-format.h"
#include "fv-story-intro.h"

/* The most the unfolded text takes, in pixels: some five lines, and it
 * scrolls past them. */
#define FV_STORY_INTRO_MAX_HEIGHT 120

struct _FvStoryIntro
{
  GtkWidget  parent_instance;

  GtkWidget *expander;
  GtkLabel  *title;
  GtkWidget *scroller;
  GtkBox    *body;
};

G_DEFINE_FINAL_TYPE (FvStoryIntro, fv_story_intro, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EXPANDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_expanded (FvStoryIntro *self)
{
  /* Said to screen readers, whatever GTK's expander says of itself. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->expander), GTK_ACCESSIBLE_STATE_EXPANDED,
                               fv_story_intro_get_expanded (self), -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPANDED]);
}

/* GTK 4.8's scrolled window asks its child for its natural height at no
 * width, which for wrapped text is one line a paragraph: the text at the
 * width it has is asked for here, and the introduction wants all of it,
 * up to FV_STORY_INTRO_MAX_HEIGHT (its minimum stays the scrolled
 * window's, so that it gives way first when the window is short). */
static void
fv_story_intro_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  FvStoryIntro *self = FV_STORY_INTRO (widget);

  gtk_widget_measure (self->expander, orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
  if (orientation == GTK_ORIENTATION_VERTICAL && for_size > 0 &&
      gtk_expander_get_expanded (GTK_EXPANDER (self->expander)))
    {
      int body, shown;

      gtk_widget_measure (GTK_WIDGET (self->body), GTK_ORIENTATION_VERTICAL, for_size,
                          NULL, &body, NULL, NULL);
      gtk_widget_measure (self->scroller, GTK_ORIENTATION_VERTICAL, for_size,
                          NULL, &shown, NULL, NULL);
      body = MIN (body, FV_STORY_INTRO_MAX_HEIGHT);
      if (body > shown)
        *natural += body - shown;
    }
  *minimum_baseline = *natural_baseline = -1;
}

static GtkSizeRequestMode
fv_story_intro_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
fv_story_intro_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  gtk_widget_allocate (FV_STORY_INTRO (widget)->expander, width, height, -1, NULL);
}

/* The text scrolls in the height it is given (its scrolled window
 * expands in the expander); the introduction itself takes no more than
 * it asks for. */
static void
fv_story_intro_compute_expand (GtkWidget *widget,
                               gboolean  *hexpand,
                               gboolean  *vexpand)
{
  *hexpand = gtk_widget_compute_expand (FV_STORY_INTRO (widget)->expander,
                                        GTK_ORIENTATION_HORIZONTAL);
  *vexpand = FALSE;
}

static void
fv_story_intro_dispose (GObject *object)
{
  FvStoryIntro *self = FV_STORY_INTRO (object);

  g_clear_pointer (&self->expander, gtk_widget_unparent);

  G_OBJECT_CLASS (fv_story_intro_parent_class)->dispose (object);
}

static void
fv_story_intro_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_EXPANDED:
      g_value_set_boolean (value, fv_story_intro_get_expanded (FV_STORY_INTRO (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fv_story_intro_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_EXPANDED:
      fv_story_intro_set_expanded (FV_STORY_INTRO (object), g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fv_story_intro_class_init (FvStoryIntroClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fv_story_intro_dispose;
  object_class->get_property = fv_story_intro_get_property;
  object_class->set_property = fv_story_intro_set_property;

  /**
   * FvStoryIntro:expanded:
   *
   * Whether the summary and the sources are shown, or the title alone.
   */
  properties[PROP_EXPANDED] =
    g_param_spec_boolean ("expanded", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->get_request_mode = fv_story_intro_get_request_mode;
  widget_class->measure = fv_story_intro_measure;
  widget_class->size_allocate = fv_story_intro_size_allocate;
  widget_class->compute_expand = fv_story_intro_compute_expand;
  gtk_widget_class_set_css_name (widget_class, "storyintro");
}

static void
fv_story_intro_init (FvStoryIntro *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *title = fv_fact_label_new (NULL, "heading");

  /* The title is the expander's to click, not text to select. */
  gtk_label_set_selectable (GTK_LABEL (title), FALSE);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  self->title = GTK_LABEL (title);

  self->body = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 4));
  gtk_widget_set_margin_top (GTK_WIDGET (self->body), 6);
  gtk_widget_set_margin_start (GTK_WIDGET (self->body), 4);
  gtk_widget_set_margin_end (GTK_WIDGET (self->body), 12);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller),
                                              FV_STORY_INTRO_MAX_HEIGHT);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->body));
  gtk_widget_set_vexpand (scroller, TRUE);
  self->scroller = scroller;

  self->expander = gtk_expander_new (NULL);
  gtk_expander_set_label_widget (GTK_EXPANDER (self->expander), title);
  gtk_expander_set_child (GTK_EXPANDER (self->expander), scroller);
  gtk_expander_set_expanded (GTK_EXPANDER (self->expander), TRUE);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->expander), GTK_ACCESSIBLE_STATE_EXPANDED,
                               TRUE, -1);
  gtk_widget_set_parent (self->expander, GTK_WIDGET (self));
  g_signal_connect_object (self->expander, "notify::expanded", G_CALLBACK (on_expanded), self,
                           G_CONNECT_SWAPPED);
}

/**
 * fv_story_intro_new:
 *
 * Returns: an introduction, empty until fv_story_intro_update()
 */
GtkWidget *
fv_story_intro_new (void)
{
  return g_object_new (FV_TYPE_STORY_INTRO, NULL);
}

gboolean
fv_story_intro_get_expanded (FvStoryIntro *self)
{
  g_return_val_if_fail (FV_IS_STORY_INTRO (self), FALSE);

  return gtk_expander_get_expanded (GTK_EXPANDER (self->expander));
}

void
fv_story_intro_set_expanded (FvStoryIntro *self,
                             gboolean      expanded)
{
  g_return_if_fail (FV_IS_STORY_INTRO (self));

  /* The expander notifies, and so this. */
  gtk_expander_set_expanded (GTK_EXPANDER (self->expander), expanded);
}

/* "Jane Doe, Chicago, January 30, 2017": who wrote the story, who
 * published it, when; what the model gives of the three. */
static char *
source_byline (FvSession      *session,
               const FvSource *source)
{
  const char *publisher = fv_session_text (session, &source->publisher);
  g_autofree char *date = NULL;
  const char *parts[3];
  guint n = 0;
  GString *line;

  if (source->author != NULL)
    parts[n++] = source->author;
  if (publisher != NULL)
    parts[n++] = publisher;
  if (source->date.precision != FV_DATE_PRECISION_NONE)
    parts[n++] = date = fv_format_date (&source->date);
  if (n == 0)
    return NULL;

  line = g_string_new (parts[0]);
  for (guint i = 1; i < n; i++)
    {
      g_string_append (line, _(", "));
      g_string_append (line, parts[i]);
    }

  return g_string_free (line, FALSE);
}

static void
append_source (FvStoryIntro   *self,
               FvSession      *session,
               const FvSource *source)
{
  const char *title = fv_session_text (session, &source->title);
  g_autofree char *clipped = fv_text_clip (title, FV_TITLE_MAX_CHARS);
  g_autofree char *from = NULL;
  g_autofree char *byline = source_byline (session, source);

  /* A description is not a title: no quotation marks, and it says so. */
  if (source->title_is_description)
    /* translators: in the story's introduction: the story its facts come
     * from, which has no title of its own, by the model's description of it */
    from = g_strdup_printf (_("Facts from the story described as: %s"), clipped);
  else
    /* translators: in the story's introduction: the story its facts come
     * from, by its title */
    from = g_strdup_printf (_("Facts from “%s”"), clipped);
  gtk_box_append (self->body, fv_fact_label_new (from, NULL));
  if (byline != NULL)
    gtk_box_append (self->body, fv_fact_label_new (byline, "dim-label"));

  /* The loader takes only http and https addresses; checked again here,
   * as this is where a click would open one. */
  if (source->url != NULL && fv_web_address_is_valid (source->url))
    {
      g_autoptr(GUri) uri = g_uri_parse (source->url, G_URI_FLAGS_NONE, NULL);
      g_autofree char *address = fv_text_clip (source->url, 80);
      /* translators: a link to a source: the site's host, then the whole
       * address, as in "example.org: https://example.org/article" */
      g_autofree char *label = g_strdup_printf (_("%s: %s"), g_uri_get_host (uri), address);
      GtkWidget *link = gtk_link_button_new_with_label (source->url, label);

      gtk_widget_set_halign (link, GTK_ALIGN_START);
      gtk_widget_add_css_class (link, "reference");
      gtk_box_append (self->body, link);
      if (source->accessed.precision != FV_DATE_PRECISION_NONE)
        {
          g_autofree char *when = fv_format_date (&source->accessed);
          /* translators: under a link to a web source: when the page was read */
          g_autofree char *read_on = g_strdup_printf (_("The page as read on %s"), when);

          gtk_box_append (self->body, fv_fact_label_new (read_on, "dim-label"));
        }
    }
}

/* "12 events, from September 30, 1996 to January 25, 2017": the time the
 * story's facts span, from its events' own dates. */
static char *
events_span (FvModel *model)
{
  guint n = fv_model_get_n_events (model);
  const FvEvent **by_date = fv_model_get_events_by_date (model);
  const FvEvent *last;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (n == 0)
    return NULL;

  last = by_date[n - 1];
  from = fv_format_date (&by_date[0]->date);
  to = fv_format_date (last->end.precision != FV_DATE_PRECISION_NONE ? &last->end : &last->date);
  if (g_str_equal (from, to))
    /* translators: in the story's introduction: how many events it has,
     * and the date of them all */
    return g_strdup_printf (ngettext ("%u event, %s", "%u events, %s", n), n, from);

  /* translators: in the story's introduction: how many events it has,
   * from the date of the first to that of the last */
  return g_strdup_printf (ngettext ("%u event, from %s to %s", "%u events, from %s to %s", n),
                          n, from, to);
}

/**
 * fv_story_intro_update:
 *
 * Shows the introduction of @session's model, in its languages; nothing
 * while it has none.
 */
void
fv_story_intro_update (FvStoryIntro *self,
                       FvSession    *session)
{
  FvModel *model;
  GtkWidget *child;
  const char *summary;
  g_autofree char *title = NULL;
  g_autofree char *span = NULL;
  g_autofree char *description = NULL;

  g_return_if_fail (FV_IS_STORY_INTRO (self));
  g_return_if_fail (FV_IS_SESSION (session));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->body))) != NULL)
    gtk_box_remove (self->body, child);

  model = fv_session_get_model (session);
  gtk_widget_set_visible (GTK_WIDGET (self), model != NULL);
  if (model == NULL)
    return;

  title = fv_text_clip (fv_session_text (session, fv_model_get_title (model)),
                        FV_TITLE_MAX_CHARS);
  gtk_label_set_text (self->title, title);

  summary = fv_session_text (session, fv_model_get_summary (model));
  if (summary != NULL)
    gtk_box_append (self->body, fv_fact_label_new (summary, NULL));
  for (guint i = 0; i < fv_model_get_n_sources (model); i++)
    if (fv_model_get_source (model, i)->story)
      append_source (self, session, fv_model_get_source (model, i));
  span = events_span (model);
  if (span != NULL)
    gtk_box_append (self->body, fv_fact_label_new (span, "dim-label"));

  /* A screen reader names it by the story's title, and reads what the
   * story is about even while it is folded. */
  description = fv_text_clip (summary, FV_LABEL_MAX_CHARS);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->expander),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description != NULL ? description : "",
                                  -1);
}
