/**
 * The Acupoint map block in the editor: the options in the sidebar, and the widget itself as
 * the preview (the plugin enqueues its script in the editor too). Plain JavaScript on the
 * editor's globals (wp.blocks, wp.element, wp.blockEditor, wp.components), no build step.
 * The page shows what the server renders (acupoint-map.php): this block saves nothing itself.
 */
(function (wp) {
  'use strict';
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var useBlockProps = wp.blockEditor.useBlockProps;
  var c = wp.components;
  var catalogue = window.acupointMapCatalogue || { modes: ['patient', 'practitioner', 'student'], views: ['back', 'front', 'left', 'right'], protocols: [], points: [] };

  var MODE_LABELS = { patient: __('Patients (plain words)', 'acupoint-map'), practitioner: __('Practitioners (protocols, a plan)', 'acupoint-map'), student: __('Students (channels, labels, quiz)', 'acupoint-map') };
  var VIEW_LABELS = { back: __('Back', 'acupoint-map'), front: __('Front', 'acupoint-map'), left: __('Left side', 'acupoint-map'), right: __('Right side', 'acupoint-map') };

  function options(list, none) {
    var result = none ? [{ label: none, value: '' }] : [];
    return result.concat(list);
  }

  /** The element's attributes for the preview, as the server writes them. */
  function previewProps(a) {
    var style = { display: 'block', height: (a.height || 600) + 'px' };
    if (/^#[0-9a-f]{3,6}$/i.test(a.accent)) style['--acupoint-accent'] = a.accent;
    if (/^#[0-9a-f]{3,6}$/i.test(a.skin)) style['--acupoint-skin'] = a.skin;
    var props = { mode: a.mode, view: a.view, style: style, loading: 'lazy' };
    if (a.protocol) props.protocol = a.protocol;
    if (a.plan) props.plan = a.plan;
    if (a.point) props.selected = a.point;
    if (a.lang) props.lang = a.lang;
    if (a.showMeridians) props['show-meridians'] = '';
    if (a.showLabels) props['show-labels'] = '';
    if (a.autoRotate) props['auto-rotate'] = '';
    return props;
  }

  /** True once the widget's module (enqueued in the editor too) has defined the element. */
  function useWidgetDefined() {
    var state = wp.element.useState(!!customElements.get('acupoint-map'));
    wp.element.useEffect(function () {
      var live = true;
      customElements.whenDefined('acupoint-map').then(function () { if (live) state[1](true); });
      return function () { live = false; };
    }, []);
    return state[0];
  }

  function Edit(props) {
    var a = props.attributes;
    var defined = useWidgetDefined();
    var set = function (name) {
      return function (value) {
        var change = {};
        change[name] = value;
        props.setAttributes(change);
      };
    };
    var colour = function (name, label) {
      return el(c.BaseControl, { id: 'acupoint-map-' + name, label: label },
        el(c.ColorPalette, { value: a[name] || undefined, onChange: function (v) { set(name)(v || ''); }, disableCustomColors: false, clearable: true }));
    };
    var sidebar = el(InspectorControls, { key: 'sidebar' },
      el(c.PanelBody, { title: __('Widget', 'acupoint-map'), initialOpen: true },
        el(c.SelectControl, { label: __('Mode', 'acupoint-map'), value: a.mode, onChange: set('mode'), options: catalogue.modes.map(function (m) { return { label: MODE_LABELS[m] || m, value: m }; }) }),
        el(c.SelectControl, { label: __('Protocol', 'acupoint-map'), value: a.protocol, onChange: set('protocol'), options: options(catalogue.protocols.map(function (p) { return { label: p.name, value: p.id }; }), __('(none)', 'acupoint-map')) }),
        el(c.TextControl, { label: __('Plan (point codes)', 'acupoint-map'), help: __('For example: BL23 BL25 BL40', 'acupoint-map'), value: a.plan, onChange: set('plan') }),
        el(c.SelectControl, { label: __('Open a point', 'acupoint-map'), value: a.point, onChange: set('point'), options: options(catalogue.points.map(function (p) { return { label: p.code + ' ' + p.name, value: p.code }; }), __('(none)', 'acupoint-map')) }),
        el(c.SelectControl, { label: __('View', 'acupoint-map'), value: a.view, onChange: set('view'), options: catalogue.views.map(function (v) { return { label: VIEW_LABELS[v] || v, value: v }; }) }),
        el(c.TextControl, { label: __('Language (e.g. en, es, zh-Hans)', 'acupoint-map'), value: a.lang, onChange: set('lang') }),
        el(c.ToggleControl, { label: __('Show meridians', 'acupoint-map'), checked: a.showMeridians, onChange: set('showMeridians') }),
        el(c.ToggleControl, { label: __('Show labels', 'acupoint-map'), checked: a.showLabels, onChange: set('showLabels') }),
        el(c.ToggleControl, { label: __('Turn slowly until touched', 'acupoint-map'), checked: a.autoRotate, onChange: set('autoRotate') }),
        el(c.RangeControl, { label: __('Height (px)', 'acupoint-map'), value: a.height, onChange: set('height'), min: 240, max: 1200 })
      ),
      el(c.PanelBody, { title: __('Colours', 'acupoint-map'), initialOpen: false },
        colour('accent', __('Accent (buttons, markers)', 'acupoint-map')),
        colour('skin', __('Skin', 'acupoint-map'))
      ),
      el(c.PanelBody, { title: __('Booking button', 'acupoint-map'), initialOpen: false },
        el(c.TextControl, { label: __('Label', 'acupoint-map'), value: a.cta, onChange: set('cta'), placeholder: __('Book an appointment', 'acupoint-map') }),
        el(c.TextControl, { label: __('Link (https://… or /path)', 'acupoint-map'), type: 'url', value: a.ctaUrl, onChange: set('ctaUrl') })
      )
    );
    var preview = defined
      ? el('acupoint-map', previewProps(a))
      : el(c.Placeholder, { icon: 'universal-access', label: __('Acupoint map', 'acupoint-map'), instructions: __('The 3D map appears here on the published page.', 'acupoint-map') });
    return el('div', useBlockProps(), sidebar, preview);
  }

  wp.blocks.registerBlockType('acupoint-map/map', {
    edit: Edit,
    // Rendered on the server (acupoint-map.php), so the markup always follows the plugin.
    save: function () { return null; },
  });
})(window.wp);
