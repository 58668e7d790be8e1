/* fv-page.c — a tab of the window: a view of the session's model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A page makes its widgets when it is first shown, not when a model is set:
 * what a hidden tab holds is not made at startup, and a new model or
 * language remakes only the tab in view until another is shown. A hidden
 * page lets go of the model before at once.
 */
#include "config.h"

#include "fv-format.h"
#include "fv-page.h"

typedef struct
{
  FvSession     *session;
  gboolean       stale;      /* the model or language changed since it was made */
  GdkFrameClock *clock;      /* while realized: when the window lays itself out */
  gboolean       in_layout;  /* between a frame's update and its paint */
} FvPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (FvPage, fv_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rebuild (FvPage *self)
{
  FvPagePrivate *priv = fv_page_get_instance_private (self);

  priv->stale = FALSE;
  FV_PAGE_GET_CLASS (self)->clear (self);
  if (priv->session != NULL && fv_session_get_model (priv->session) != NULL)
    FV_PAGE_GET_CLASS (self)->rebuild (self);
}

/* Out of date: remade now if it is shown, else cleared until it is. */
static void
invalidate (FvPage *self)
{
  FvPagePrivate *priv = fv_page_get_instance_private (self);

  priv->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
  else
    FV_PAGE_GET_CLASS (self)->clear (self);
}

static void
on_session_notify (FvPage     *self,
                   GParamSpec *pspec,
                   FvSession  *session)
{
  FvPagePrivate *priv = fv_page_get_instance_private (self);
  const char *name = g_param_spec_get_name (pspec);

  /* A quotation's mark is built with its fact. */
  if (g_str_equal (name, "model") || g_str_equal (name, "languages") ||
      g_str_equal (name, "checked-sources"))
    invalidate (self);
  else if (!priv->stale && FV_PAGE_GET_CLASS (self)->session_notify != NULL)
    FV_PAGE_GET_CLASS (self)->session_notify (self, pspec);
}

/* A pane's divider stays where it was put: where the template put it, or
 * where the person dragged it (or moved it with the keyboard). GtkPaned
 * itself scales the divider with each change of its height and clamps it
 * to its children's minimums, keeping what it clamped: a problems bar
 * that came and went, or a window made small for a while, left a tab laid
 * out otherwise than the same model had been before (a chart 40 px
 * taller). A change of the divider while the window lays itself out is
 * GtkPaned's: it is put back to the wanted place, as near as the room
 * allows; any other change is the person's, and becomes the wanted place. */
typedef struct
{
  FvPage *page;    /* weak: whose layout phase tells GTK's moves apart */
  int     wanted;  /* where the divider was put */
} PaneKeep;

static void
pane_keep_free (gpointer data,
                GClosure *closure)
{
  PaneKeep *keep = data;

  g_clear_weak_pointer (&keep->page);
  g_free (keep);
}

static void
on_pane_position (GtkPaned   *paned,
                  GParamSpec *pspec,
                  PaneKeep   *keep)
{
  FvPagePrivate *priv;
  int position = gtk_paned_get_position (paned);
  int low, high;

  if (keep->page == NULL)
    return;
  priv = fv_page_get_instance_private (keep->page);
  if (!priv->in_layout)
    {
      /* Its room changing is not the person's doing. */
      if (g_str_equal (g_param_spec_get_name (pspec), "position"))
        keep->wanted = position;
      return;
    }

  g_object_get (paned, "min-position", &low, "max-position", &high, NULL);
  if (position != CLAMP (keep->wanted, low, MAX (low, high)))
    gtk_paned_set_position (paned, CLAMP (keep->wanted, low, MAX (low, high)));
}

/* Every pane of the page, once. */
static void
keep_panes (FvPage    *self,
            GtkWidget *widget)
{
  if (GTK_IS_PANED (widget) &&
      g_signal_handler_find (widget, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, on_pane_position,
                             NULL) == 0)
    {
      PaneKeep *keep = g_new0 (PaneKeep, 1);

      g_set_weak_pointer (&keep->page, self);
      keep->wanted = gtk_paned_get_position (GTK_PANED (widget));
      /* Its room too: a divider GtkPaned kept at the end of the room,
       * which then grows by less than a pixel's scaling, moves not. The
       * first handler owns KEEP: the three go with the pane. */
      g_signal_connect_data (widget, "notify::position", G_CALLBACK (on_pane_position), keep,
                             pane_keep_free, 0);
      g_signal_connect (widget, "notify::min-position", G_CALLBACK (on_pane_position), keep);
      g_signal_connect (widget, "notify::max-position", G_CALLBACK (on_pane_position), keep);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    keep_panes (self, child);
}

/* Layout is the frame's phase between these two (GDK's frame clock runs
 * update, layout, paint in this order); events and the keyboard come
 * outside it. */
static void
on_frame_update (GdkFrameClock *clock,
                 FvPage        *self)
{
  FvPagePrivate *priv = fv_page_get_instance_private (self);

  priv->in_layout = TRUE;
}

static void
on_frame_paint (GdkFrameClock *clock,
                FvPage        *self)
{
  FvPagePrivate *priv = fv_page_get_instance_private (self);

  priv->in_layout = FALSE;
}

static void
fv_page_realize (GtkWidget *widget)
{
  FvPage *self = FV_PAGE (widget);
  FvPagePrivate *priv = fv_page_get_instance_private (self);

  GTK_WIDGET_CLASS (fv_page_parent_class)->realize (widget);

  keep_panes (self, widget);
  priv->clock = g_object_ref (gtk_widget_get_frame_clock (widget));
  g_signal_connect_object (priv->clock, "update", G_CALLBACK (on_frame_update), self, 0);
  g_signal_connect_object (priv->clock, "paint", G_CALLBACK (on_frame_paint), self, 0);
}

static void
fv_page_unrealize (GtkWidget *widget)
{
  FvPagePrivate *priv = fv_page_get_instance_private (FV_PAGE (widget));

  /* Only ours: GTK connects its own tick callbacks to the same clock with
   * the widget as data, and disconnects them by id after this. */
  if (priv->clock != NULL)
    {
      g_signal_handlers_disconnect_by_func (priv->clock, on_frame_update, widget);
      g_signal_handlers_disconnect_by_func (priv->clock, on_frame_paint, widget);
    }
  g_clear_object (&priv->clock);
  priv->in_layout = FALSE;

  GTK_WIDGET_CLASS (fv_page_parent_class)->unrealize (widget);
}

static void
fv_page_map (GtkWidget *widget)
{
  FvPagePrivate *priv = fv_page_get_instance_private (FV_PAGE (widget));

  /* Before the children are mapped, so that the new ones are too. */
  if (priv->stale)
    rebuild (FV_PAGE (widget));

  GTK_WIDGET_CLASS (fv_page_parent_class)->map (widget);
}

static void
fv_page_dispose (GObject *object)
{
  FvPagePrivate *priv = fv_page_get_instance_private (FV_PAGE (object));
  GtkWidget *child;

  /* The subclass has let go of its template's children by now; the page
   * holds them. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  if (priv->session != NULL)
    g_signal_handlers_disconnect_by_func (priv->session, on_session_notify, object);
  g_clear_object (&priv->session);

  G_OBJECT_CLASS (fv_page_parent_class)->dispose (object);
}

static void
fv_page_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, fv_page_get_session (FV_PAGE (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fv_page_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_SESSION:
      fv_page_set_session (FV_PAGE (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* A list is one Tab stop, as the HIG asks: arrows move inside it, Tab
 * leaves it. GTK 4.8's list views take Tab to mean "the next row" (4.12
 * added a property for it), which with 100,000 events is a trap. While
 * the focus is in a list, a Tab walks the page as if the list could not
 * take the focus, so it goes on to what comes after it.
 *
 * The walk goes straight into the page's one child: GtkWidget's own
 * focus() calls grab_focus() on the page as the focus comes in (and on
 * Shift+Tab out of its first stop), which a page sends to its list (the
 * timeline's does), so that Tab jumped over the chart to the list, and
 * Shift+Tab went round the chart and back to the list for ever. */
static gboolean
fv_page_focus (GtkWidget        *widget,
               GtkDirectionType  direction)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);
  GtkWidget *list = NULL;
  gboolean moved;

  if (child == NULL)
    return FALSE;

  if (direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_TAB_BACKWARD)
    {
      GtkRoot *root = gtk_widget_get_root (widget);
      GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

      for (GtkWidget *w = focus; w != NULL && w != widget; w = gtk_widget_get_parent (w))
        if (GTK_IS_LIST_VIEW (w))
          list = w;
    }

  if (list == NULL)
    return gtk_widget_child_focus (child, direction);

  gtk_widget_set_can_focus (list, FALSE);
  moved = gtk_widget_child_focus (child, direction);
  gtk_widget_set_can_focus (list, TRUE);

  return moved;
}

/**
 * fv_page_show_no_match:
 * @list: (nullable): what shows the facts found, hidden while none is;
 *   %NULL to keep what the page shows
 * @status: what says that none was
 * @n_shown: how many facts @list shows
 * @format: the sentence, with a %s for the search's text
 *
 * In place of an empty list, while a search finds nothing in this tab,
 * a status page whose title says so (a title is plain text: the search's
 * text is never read as markup).
 */
void
fv_page_show_no_match (FvPage        *self,
                       GtkWidget     *list,
                       AdwStatusPage *status,
                       guint          n_shown,
                       const char    *format)
{
  FvSession *session;
  const char *search;
  gboolean none;

  g_return_if_fail (FV_IS_PAGE (self));

  session = fv_page_get_session (self);
  search = session != NULL ? fv_session_get_search_text (session) : NULL;
  none = n_shown == 0 && search != NULL && search[0] != '\0';
  if (none)
    {
      g_autofree char *clipped = fv_text_clip (search, 80);
      g_autofree char *text = g_strdup_printf (format, clipped);

      adw_status_page_set_title (status, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (status), none);
  if (list != NULL)
    gtk_widget_set_visible (list, !none);
}

/**
 * fv_page_focus_first:
 *
 * Puts the keyboard's focus on the first fact the page shows: with a
 * search, the first result.
 */
void
fv_page_focus_first (FvPage *self)
{
  g_return_if_fail (FV_IS_PAGE (self));

  if (FV_PAGE_GET_CLASS (self)->focus_first != NULL)
    FV_PAGE_GET_CLASS (self)->focus_first (self);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
fv_page_class_init (FvPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fv_page_dispose;
  object_class->get_property = fv_page_get_property;
  object_class->set_property = fv_page_set_property;
  widget_class->map = fv_page_map;
  widget_class->realize = fv_page_realize;
  widget_class->unrealize = fv_page_unrealize;
  widget_class->focus = fv_page_focus;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, FV_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fv_page_init (FvPage *self)
{
}

FvSession *
fv_page_get_session (FvPage *self)
{
  FvPagePrivate *priv = fv_page_get_instance_private (self);

  g_return_val_if_fail (FV_IS_PAGE (self), NULL);

  return priv->session;
}

void
fv_page_set_session (FvPage    *self,
                     FvSession *session)
{
  FvPagePrivate *priv = fv_page_get_instance_private (self);

  g_return_if_fail (FV_IS_PAGE (self));
  g_return_if_fail (session == NULL || FV_IS_SESSION (session));

  if (priv->session == session)
    return;

  if (priv->session != NULL)
    g_signal_handlers_disconnect_by_func (priv->session, on_session_notify, self);
  g_set_object (&priv->session, session);
  if (session != NULL)
    g_signal_connect_object (session, "notify", G_CALLBACK (on_session_notify), self,
                             G_CONNECT_SWAPPED);

  invalidate (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}
