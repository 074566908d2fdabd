<?php
/**
 * One renderer for the block and the shortcode: checks every option against what the widget
 * offers, escapes every value, and writes the element with its box reserved (display and
 * height inline, so nothing below it jumps when the script arrives). A bad option falls back
 * to the default; people who can edit the page see a note saying which.
 *
 * @package AcupointMap
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The options every widget has, at their defaults. */
function acupoint_map_defaults() {
	return array(
		'mode'           => 'patient',
		'protocol'       => '',
		'plan'           => '',
		'point'          => '',
		'view'           => 'back',
		'lang'           => '',
		'show_meridians' => false,
		'show_labels'    => false,
		'auto_rotate'    => false,
		'accent'         => '',
		'skin'           => '',
		'cta'            => '',
		'cta_url'        => '',
		'height'         => 600,
	);
}

/** "1", "true", "yes", "on" or a bare word: on. */
function acupoint_map_truthy( $value ) {
	return is_bool( $value ) ? $value : in_array( strtolower( trim( (string) $value ) ), array( '', '1', 'true', 'yes', 'on' ), true );
}

/**
 * Checks raw options (strings from a shortcode, typed values from a block).
 *
 * @param array $raw Options by the names of acupoint_map_defaults().
 * @return array{options: array, notes: string[]}
 */
function acupoint_map_check( array $raw ) {
	$options = acupoint_map_defaults();
	$notes   = array();
	$cat     = acupoint_map_catalogue();

	foreach ( $raw as $name => $value ) {
		if ( ! array_key_exists( $name, $options ) ) {
			$notes[] = sprintf( 'Unknown option "%s" was ignored.', $name );
		}
	}
	$text = function ( $name ) use ( $raw ) {
		return isset( $raw[ $name ] ) && is_scalar( $raw[ $name ] ) ? trim( (string) $raw[ $name ] ) : '';
	};

	$mode = strtolower( $text( 'mode' ) );
	if ( '' !== $mode ) {
		if ( in_array( $mode, $cat['modes'], true ) ) {
			$options['mode'] = $mode;
		} else {
			$notes[] = sprintf( 'mode "%s" is not one of %s.', $mode, implode( ', ', $cat['modes'] ) );
		}
	}
	$view = strtolower( $text( 'view' ) );
	if ( '' !== $view ) {
		if ( in_array( $view, $cat['views'], true ) ) {
			$options['view'] = $view;
		} else {
			$notes[] = sprintf( 'view "%s" is not one of %s.', $view, implode( ', ', $cat['views'] ) );
		}
	}
	$protocol = strtolower( $text( 'protocol' ) );
	if ( '' !== $protocol ) {
		if ( in_array( $protocol, acupoint_map_protocol_ids(), true ) ) {
			$options['protocol'] = $protocol;
		} else {
			$notes[] = sprintf( 'protocol "%s" is not known (known: %s).', $protocol, implode( ', ', acupoint_map_protocol_ids() ) );
		}
	}
	$codes = acupoint_map_point_codes();
	$plan  = array();
	foreach ( preg_split( '/[\s,;+]+/', strtoupper( $text( 'plan' ) ), -1, PREG_SPLIT_NO_EMPTY ) as $code ) {
		if ( in_array( $code, $codes, true ) ) {
			$plan[] = $code;
		} else {
			$notes[] = sprintf( 'plan: "%s" is not a point of this map.', $code );
		}
	}
	$options['plan'] = implode( ' ', array_unique( $plan ) );
	$point           = strtoupper( $text( 'point' ) );
	if ( '' !== $point ) {
		if ( in_array( $point, $codes, true ) ) {
			$options['point'] = $point;
		} else {
			$notes[] = sprintf( 'point "%s" is not a point of this map.', $point );
		}
	}
	$lang = $text( 'lang' );
	if ( '' !== $lang ) {
		if ( preg_match( '/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/', $lang ) ) {
			$options['lang'] = $lang;
		} else {
			$notes[] = sprintf( 'lang "%s" is not a language tag such as "en" or "zh-Hans".', $lang );
		}
	}
	foreach ( array( 'show_meridians', 'show_labels', 'auto_rotate' ) as $switch ) {
		if ( isset( $raw[ $switch ] ) ) {
			$options[ $switch ] = acupoint_map_truthy( $raw[ $switch ] );
		}
	}
	foreach ( array( 'accent', 'skin' ) as $colour_name ) {
		$colour = $text( $colour_name );
		if ( '' === $colour ) {
			continue;
		}
		$hex = sanitize_hex_color( '#' === $colour[0] ? $colour : '#' . $colour );
		if ( $hex ) {
			$options[ $colour_name ] = strtolower( $hex );
		} else {
			$notes[] = sprintf( '%s "%s" is not a hex colour such as #2f5d8a.', $colour_name, $colour );
		}
	}
	$cta_url = $text( 'cta_url' );
	if ( '' !== $cta_url ) {
		// http(s) only, or a path on this site; anything else (javascript:, data:) is dropped.
		$safe = esc_url_raw( $cta_url, array( 'http', 'https' ) );
		if ( '' !== $safe && ( preg_match( '#^https?://#i', $safe ) || '/' === $cta_url[0] ) ) {
			$options['cta_url'] = $safe;
			$options['cta']     = '' !== $text( 'cta' ) ? wp_strip_all_tags( $text( 'cta' ) ) : __( 'Book an appointment', 'acupoint-map' );
		} else {
			$notes[] = sprintf( 'cta_url "%s" is not an http(s) address or a path on this site; the booking button is left out.', $cta_url );
		}
	}
	$height = $text( 'height' );
	if ( '' !== $height ) {
		$px = (int) $height;
		if ( ctype_digit( $height ) && $px >= 240 && $px <= 2000 ) {
			$options['height'] = $px;
		} else {
			$notes[] = sprintf( 'height "%s" should be a number of pixels from 240 to 2000.', $height );
		}
	}
	return array(
		'options' => $options,
		'notes'   => $notes,
	);
}

/** Shortcode attributes, already lower-cased with - turned into _. */
function acupoint_map_read_shortcode( array $atts ) {
	return acupoint_map_check( $atts );
}

/**
 * Block attributes (camelCase in block.json) under the shortcode's names. Attributes
 * WordPress adds to every block (className, align, lock, metadata) are not options.
 */
function acupoint_map_read_block( array $attributes ) {
	$raw = array();
	foreach ( $attributes as $name => $value ) {
		$option = strtolower( preg_replace( '/([a-z])([A-Z])/', '$1_$2', $name ) );
		if ( array_key_exists( $option, acupoint_map_defaults() ) && is_scalar( $value ) ) {
			$raw[ $option ] = is_bool( $value ) ? $value : (string) $value;
		}
	}
	return acupoint_map_check( $raw );
}

/** Black or white, whichever reads better on the accent (WCAG relative luminance). */
function acupoint_map_text_on( $hex ) {
	$channel = function ( $c ) {
		$s = $c / 255;
		return $s <= 0.04045 ? $s / 12.92 : pow( ( $s + 0.055 ) / 1.055, 2.4 );
	};
	$n     = hexdec( strlen( $hex ) === 4 ? $hex[1] . $hex[1] . $hex[2] . $hex[2] . $hex[3] . $hex[3] : substr( $hex, 1 ) );
	$l     = 0.2126 * $channel( ( $n >> 16 ) & 255 ) + 0.7152 * $channel( ( $n >> 8 ) & 255 ) + 0.0722 * $channel( $n & 255 );
	$white = 1.05 / ( $l + 0.05 );
	$ink   = ( $l + 0.05 ) / ( 0.0137 + 0.05 ); // #111827.
	return $white >= $ink ? '#ffffff' : '#111827';
}

/**
 * The element's markup.
 *
 * @param array{options: array, notes: string[]} $checked From acupoint_map_check().
 * @return string
 */
function acupoint_map_render( array $checked ) {
	acupoint_map_enqueue_script();
	$o     = $checked['options'];
	$attrs = array( 'mode' => $o['mode'] );
	if ( 'back' !== $o['view'] ) {
		$attrs['view'] = $o['view'];
	}
	foreach ( array( 'protocol', 'plan', 'lang' ) as $name ) {
		if ( '' !== $o[ $name ] ) {
			$attrs[ $name ] = $o[ $name ];
		}
	}
	if ( '' !== $o['point'] ) {
		$attrs['selected'] = $o['point'];
	}
	$style = array( 'display:block', 'height:' . (int) $o['height'] . 'px' );
	if ( '' !== $o['accent'] ) {
		$style[] = '--acupoint-accent:' . $o['accent'];
		$style[] = '--acupoint-accent-contrast:' . acupoint_map_text_on( $o['accent'] );
	}
	if ( '' !== $o['skin'] ) {
		$style[] = '--acupoint-skin:' . $o['skin'];
	}
	$attrs['style'] = implode( ';', $style );

	$html = '<acupoint-map';
	foreach ( $attrs as $name => $value ) {
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	foreach ( array( 'show_meridians', 'show_labels', 'auto_rotate' ) as $switch ) {
		if ( $o[ $switch ] ) {
			$html .= ' ' . str_replace( '_', '-', $switch );
		}
	}
	$html .= '>';
	if ( '' !== $o['cta_url'] ) {
		$html .= '<a slot="cta" href="' . esc_url( $o['cta_url'], array( 'http', 'https' ) ) . '">' . esc_html( $o['cta'] ) . '</a>';
	}
	$html .= '</acupoint-map>';

	if ( $checked['notes'] && current_user_can( 'edit_posts' ) ) {
		$items = '';
		foreach ( $checked['notes'] as $note ) {
			$items .= '<li>' . esc_html( $note ) . '</li>';
		}
		$html = '<div class="acupoint-map-note" role="note" style="border:1px solid #b45309;background:#fffbeb;color:#1f2a37;padding:8px 12px;border-radius:8px;margin:0 0 8px">'
			. '<p style="margin:0">' . esc_html__( 'Acupoint Map (only editors see this): some options were not understood and were left at their defaults:', 'acupoint-map' ) . '</p><ul style="margin:4px 0 0">' . $items . '</ul></div>'
			. $html;
	}
	return $html;
}
