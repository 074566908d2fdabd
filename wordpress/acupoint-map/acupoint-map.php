<?php
/**
 * Plugin Name:       Acupoint Map
 * Plugin URI:        https://www.npmjs.com/package/acupoint-map
 * Description:       A rotatable 3D body with the acupuncture points used for low back pain: a block and an [acupoint_map] shortcode. Everything is served from the plugin itself.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            acupoint-map contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       acupoint-map
 *
 * @package AcupointMap
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'ACUPOINT_MAP_VERSION', '0.1.0' );
define( 'ACUPOINT_MAP_FILE', __FILE__ );

require_once __DIR__ . '/includes/catalogue.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/assets.php';

/** The block (its sidebar options come from block/block.json) and the shortcode share one renderer. */
function acupoint_map_register() {
	register_block_type(
		__DIR__ . '/block',
		array( 'render_callback' => 'acupoint_map_render_block' )
	);
	add_shortcode( 'acupoint_map', 'acupoint_map_shortcode' );
}
add_action( 'init', 'acupoint_map_register' );

/**
 * [acupoint_map mode="practitioner" protocol="chronic-nonspecific" cta="Book a visit" cta_url="/book/"]
 *
 * Attribute names may use - or _ (WordPress lower-cases shortcode attributes).
 *
 * @param array|string $atts Shortcode attributes.
 * @return string The element's markup.
 */
function acupoint_map_shortcode( $atts ) {
	$atts  = is_array( $atts ) ? $atts : array();
	$clean = array();
	foreach ( $atts as $name => $value ) {
		if ( is_int( $name ) ) {
			// A bare word such as [acupoint_map show-labels]: a switch that is on.
			$name  = $value;
			$value = '1';
		}
		$clean[ str_replace( '-', '_', strtolower( (string) $name ) ) ] = (string) $value;
	}
	return '<div class="acupoint-map-shortcode">' . acupoint_map_render( acupoint_map_read_shortcode( $clean ) ) . '</div>';
}

/**
 * The block's saved attributes (camelCase, typed by block.json).
 *
 * @param array $attributes Block attributes.
 * @return string The element's markup.
 */
function acupoint_map_render_block( $attributes ) {
	$markup = acupoint_map_render( acupoint_map_read_block( is_array( $attributes ) ? $attributes : array() ) );
	return '<div ' . get_block_wrapper_attributes() . '>' . $markup . '</div>';
}
