import type { PassportStatic } from "passport";
import { ExtractJwt, Strategy as JwtStrategy } from "passport-jwt";
import { prisma } from "./prisma";

export function configurePassport(passport: PassportStatic) {
  passport.use(
    new JwtStrategy(
      {
        jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
        secretOrKey: process.env.JWT_SECRET!,
      },
      async (payload: { sub: string }, done) => {
        const user = await prisma.user.findUnique({ where: { id: payload.sub } });
        return done(null, user ?? false);
      },
    ),
  );
}

export const requireJwt = (passport: PassportStatic) => passport.authenticate("jwt", { session: false });
