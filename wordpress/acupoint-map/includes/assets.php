<?php
/**
 * The widget's script, from the plugin's own copy of dist/, as an ES module, enqueued only
 * when a block or shortcode on the page renders (never site-wide), and nothing fetched from
 * anywhere else: the script finds the body model and its chunks beside itself.
 *
 * @package AcupointMap
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** URL of the plugin's dist/ folder, with a trailing slash. */
function acupoint_map_dist_url() {
	return plugins_url( 'dist/', ACUPOINT_MAP_FILE );
}

/** Called by the renderer: the first widget on a page enqueues the script, later ones reuse it. */
function acupoint_map_enqueue_script() {
	$src = acupoint_map_dist_url() . 'acupoint-map.bundle.js';
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		// WordPress 6.5 and later print script modules themselves.
		wp_enqueue_script_module( 'acupoint-map', $src, array(), ACUPOINT_MAP_VERSION );
		return;
	}
	// Earlier versions: a classic handle in the footer, printed as type="module" below.
	wp_enqueue_script( 'acupoint-map', $src, array(), ACUPOINT_MAP_VERSION, true );
}

/**
 * Prints the classic handle as a module script.
 *
 * @param string $tag    The script tag WordPress made.
 * @param string $handle Its handle.
 * @param string $src    Its URL.
 * @return string
 */
function acupoint_map_module_tag( $tag, $handle, $src ) {
	if ( 'acupoint-map' !== $handle ) {
		return $tag;
	}
	return sprintf( '<script type="module" src="%s" id="acupoint-map-js"></script>' . "\n", esc_url( $src ) ); // phpcs:ignore WordPress.WP.EnqueuedResources.NonEnqueuedScript -- this is the enqueued script's own tag.
}
add_filter( 'script_loader_tag', 'acupoint_map_module_tag', 10, 3 );

/**
 * The block editor: the sidebar needs the protocol and point lists, and the widget itself
 * for the live preview inside the editor.
 */
function acupoint_map_editor_assets() {
	acupoint_map_enqueue_script();
	wp_add_inline_script(
		'acupoint-map-map-editor-script',
		'window.acupointMapCatalogue = ' . wp_json_encode( acupoint_map_catalogue() ) . ';',
		'before'
	);
}
add_action( 'enqueue_block_editor_assets', 'acupoint_map_editor_assets' );
