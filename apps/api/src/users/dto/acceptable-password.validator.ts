import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { passwordProblem } from '../password-policy';

/**
 * class-validator rule for a password field, applying the password policy (password-policy.ts) so the
 * refusal joins the input's other problems, named by field. `usernameField` names a sibling property
 * holding the account's username (createUser, createDistrict's admin); updateUser has none, its
 * service checks the stored username.
 */
export function AcceptablePassword(usernameField?: string, options?: ValidationOptions): PropertyDecorator {
  const problem = (value: unknown, args: ValidationArguments) => {
    if (typeof value !== 'string') return 'password must be a string';
    const username = usernameField ? (args.object as Record<string, unknown>)[usernameField] : undefined;
    return passwordProblem(value, typeof username === 'string' ? username : undefined);
  };
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'acceptablePassword',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown, args: ValidationArguments) => problem(value, args) === null,
        defaultMessage: (args: ValidationArguments) =>
          problem(args.value, args) ?? 'password is not acceptable',
      },
    });
  };
}
