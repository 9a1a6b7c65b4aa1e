package com.clinic.platform.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.clinic.platform.Actor;
import com.clinic.platform.Role;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The actor from the claims the HTTP API's JWT authorizer verified. The gateway already refused a missing or
 * bad token; checking again here keeps a function safe if it is ever reached another way.
 */
final class Claims {
    private Claims() {
    }

    static Actor actor(APIGatewayV2HTTPEvent event) {
        Map<String, String> claims = claims(event);
        String sub = claims == null ? null : claims.get("sub");
        if (sub == null || sub.isBlank()) {
            throw new Unauthenticated("a valid bearer token is required");
        }
        if (isShop(claims)) {
            return new Actor(sub, Role.SHOP.label(), EnumSet.of(Role.SHOP));
        }
        String name = claims.getOrDefault("name", claims.getOrDefault("cognito:username", sub));
        return new Actor(sub, name, roles(groups(claims)));
    }

    /**
     * A service token of the shop's client (client credentials): it carries the shop's scope (Cognito's is an
     * access token; an OpenID Connect provider's has no token_use), and its subject is the client. It holds no
     * staff role whatever else it claims.
     */
    static boolean isShop(Map<String, String> claims) {
        String scope = claims.get("scope");
        String use = claims.get("token_use");
        return (use == null || use.equals("access")) && scope != null
                && java.util.Arrays.asList(scope.split(" ")).contains(Role.SHOP_SCOPE);
    }

    /**
     * The token's groups: Cognito's {@code cognito:groups}, or the {@code groups} claim an OpenID Connect provider
     * of the clinic's own (where Cognito is not offered) maps the staff's roles to.
     */
    static String groups(Map<String, String> claims) {
        String cognito = claims.get("cognito:groups");
        return cognito != null ? cognito : claims.get("groups");
    }

    /**
     * The roles named by the groups claim, each group matched whole. API Gateway passes a list claim as
     * {@code [A B]} (group names cannot hold white space, so a space separates them); a claim holding a single
     * string is one group. Nothing else splits a name: a group called {@code X,SUPER_ADMIN} is not a role.
     */
    static Set<Role> roles(String groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (groups == null || groups.isBlank()) {
            return roles;
        }
        boolean list = groups.startsWith("[") && groups.endsWith("]");
        String[] names = list ? groups.substring(1, groups.length() - 1).split(" ") : new String[] {groups};
        for (String g : names) {
            Role r = Role.fromGroup(g);
            if (r != null) {
                roles.add(r);
            }
        }
        return roles;
    }

    private static Map<String, String> claims(APIGatewayV2HTTPEvent event) {
        var context = event.getRequestContext();
        if (context == null || context.getAuthorizer() == null || context.getAuthorizer().getJwt() == null) {
            return null;
        }
        return context.getAuthorizer().getJwt().getClaims();
    }
}
