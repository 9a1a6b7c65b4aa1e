package com.clinic.journey.visit;

/**
 * One treatment of the order, in fen: the catalogue's list price, the consultant's discounted price (null when
 * none) and the final price the super admin approved (C-12).
 */
public record OrderItem(String catalogItemId, String name, long listPrice, Long discountedPrice, String remark,
                        long finalPrice) {

    public OrderItem withFinalPrice(long price) {
        return new OrderItem(catalogItemId, name, listPrice, discountedPrice, remark, price);
    }
}
